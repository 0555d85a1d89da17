// The questions of the user's notes: every line outside code blocks that is not blank, not an
// image, and not inside a bullet's answer. Bullets (`* `) and the bare heading-like lines both count.
export function extractNotesQuestions(markdown: string): string[] {
  const questions: string[] = [];
  let inFence = false;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    if (inFence || line === '' || line.startsWith('![')) continue;
    questions.push(line.replace(/^\*\s+/, '').trim());
  }
  return questions;
}
