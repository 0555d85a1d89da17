// Theme and language. Kept in localStorage (tiny, and read before first paint by index.html).
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Language = 'zh' | 'en';

interface AppearanceState {
  readonly theme: ThemeChoice;
  readonly language: Language;
  /** Cards also show the other language, folded below the answer (off by default). */
  readonly showBoth: boolean;
  setTheme(theme: ThemeChoice): void;
  setLanguage(language: Language): void;
}

export const useAppearanceStore = create<AppearanceState>()(
  persist(
    (set) => ({
      theme: 'system',
      language: 'zh',
      setTheme: (theme) => set({ theme }),
      setLanguage: (language) => set({ language }),
      showBoth: false,
    }),
    {
      name: 'interview-lab-appearance',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ theme: s.theme, language: s.language, showBoth: s.showBoth }),
      // Anything unexpected in this small record falls back to the defaults.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<AppearanceState>;
        return {
          ...current,
          theme: p.theme === 'light' || p.theme === 'dark' || p.theme === 'system' ? p.theme : current.theme,
          language: p.language === 'en' || p.language === 'zh' ? p.language : current.language,
          showBoth: p.showBoth === true,
        };
      },
    },
  ),
);
