// Sentences the engine computes from a run's own numbers, in both UI languages at once: the run
// is computed in a worker that does not know the UI language, and switching language must not
// re-run it. The view picks one with `text[language]`.
export type Lang = 'zh' | 'en';
export type Bi = Readonly<Record<Lang, string>>;

/** A text that reads the same in both languages (a command, an address, an nginx message). */
export const same = (text: string): Bi => ({ zh: text, en: text });
