// A puzzle is scheduled like a flashcard; its reviews go into the same log under this id.
export const puzzleCardId = (puzzleId: string): string => `puzzle-${puzzleId}`;
