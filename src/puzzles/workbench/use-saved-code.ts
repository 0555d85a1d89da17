// The code and custom cases of one puzzle, loaded once and saved shortly after each change (and
// at once when the page is hidden or left), so a reload never loses what was typed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CustomCaseRow } from './CustomCases.tsx';
import { keepUnreadableAside, loadCode, saveCode, type LoadResult } from './saved-code.ts';

const SAVE_DELAY_MS = 300;

export function useSavedCode(puzzleId: string, starter: string) {
  const [loaded] = useState<LoadResult>(() => loadCode(puzzleId));
  const code = useRef(loaded.saved?.code ?? starter);
  const [custom, setCustomState] = useState<CustomCaseRow[]>(() => {
    const saved = loaded.saved?.custom ?? [];
    const rows = saved.map((c, i) => ({ id: i + 1, ...c }));
    return rows.length > 0 ? rows : [{ id: 1, args: '', expected: '' }];
  });
  const customRef = useRef(custom);
  const [saveFailed, setSaveFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    pending.current = false;
    const rows = customRef.current.filter((r) => r.args.trim() !== '' || r.expected.trim() !== '');
    setSaveFailed(!saveCode(puzzleId, { code: code.current, custom: rows.map(({ args, expected }) => ({ args, expected })) }));
  }, [puzzleId]);

  const schedule = useCallback(() => {
    pending.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [flush]);

  // After the first commit (never during render, which React may throw away and repeat).
  useEffect(() => {
    if (loaded.problem) keepUnreadableAside(puzzleId, loaded.problem.raw);
  }, [loaded, puzzleId]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const setCode = useCallback(
    (text: string) => {
      code.current = text;
      schedule();
    },
    [schedule],
  );

  const setCustom = useCallback(
    (rows: CustomCaseRow[]) => {
      customRef.current = rows;
      setCustomState(rows);
      schedule();
    },
    [schedule],
  );

  return { code, setCode, custom, setCustom, flush, saveFailed, problem: loaded.problem, initialCode: loaded.saved?.code ?? starter };
}
