// The shell around every page: header with navigation, theme and language, and the message about
// saved data that could not be read.
import { useEffect } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from '../ui/router/router.tsx';
import { useAppearanceStore } from '../ui/appearance-store.ts';
import { useStrings } from '../ui/i18n.ts';
import { StorageNotices } from '../study/StorageNotices.tsx';
import { paths } from './paths.ts';
import { UpdateBanner } from './UpdateBanner.tsx';
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx';

export function Layout() {
  const t = useStrings();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { theme, language, setTheme, setLanguage } = useAppearanceStore();

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    root.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [theme, language]);

  // `/` jumps to search from anywhere, unless the user is typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      navigate(paths.search());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const toggleTheme = () => {
    const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    setTheme(dark ? 'light' : 'dark');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <NavLink to={paths.home()} className="brand">
          <span aria-hidden="true" className="brand-mark">
            IL
          </span>
          <span>{t.appName}</span>
        </NavLink>
        <nav aria-label={t.appName} className="site-nav">
          <NavLink to={paths.home()} end>
            {t.navDecks}
          </NavLink>
          <NavLink to={paths.labs()}>{t.navLabs}</NavLink>
          <NavLink to={paths.puzzles()}>{t.navPuzzles}</NavLink>
          <NavLink to={paths.search()}>{t.navSearch}</NavLink>
          <NavLink to={paths.test()}>{t.navTest}</NavLink>
          <NavLink to={paths.interview()}>{t.navInterview}</NavLink>
          <NavLink to={paths.cram()}>{t.navCram}</NavLink>
          <NavLink to={paths.stats()}>{t.navStats}</NavLink>
          <NavLink to={paths.settings()}>{t.navSettings}</NavLink>
        </nav>
        <div className="header-tools">
          <button type="button" className="icon-button" onClick={toggleTheme} aria-label={t.themeToggle} title={t.themeToggle}>
            <span aria-hidden="true">◐</span>
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
            aria-label={`${t.language}: ${language === 'zh' ? 'English' : '中文'}`}
          >
            {language === 'zh' ? 'EN' : '中'}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageNotices />
        <UpdateBanner />
        <RouteErrorBoundary resetKey={pathname}>
          <Outlet />
        </RouteErrorBoundary>
      </main>
    </>
  );
}

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}
