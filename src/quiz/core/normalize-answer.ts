// Typed answers are compared after folding what a learner should not be marked wrong for: letter
// case, spaces anywhere, full-width vs half-width forms (NFKC maps `１６３８４`, `ＡＢＣ` and the
// ideographic space to their ASCII forms), inline-code backticks and a final full stop.

export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/\s+/g, '')
    .replace(/[。.!！?？]+$/u, '');
}

/** True when the typed text matches one of the accepted answers. */
export function matchesAccepted(typed: string, accepted: readonly string[]): boolean {
  const answer = normalizeAnswer(typed);
  return answer !== '' && accepted.some((a) => normalizeAnswer(a) === answer);
}
