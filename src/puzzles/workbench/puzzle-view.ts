// What the puzzle route hands every puzzle view: the links it shows, built from app/paths.ts, since
// a feature never imports the app.

export interface PuzzleViewProps {
  readonly cardPath: (cardId: string) => string;
}
