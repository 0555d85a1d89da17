// Quiz items as the deck format holds them (content/FORMAT.md, "Quiz items"). Each item has one
// correct answer shared by its Chinese and English texts; either text may be absent when the card
// has only one language. The quiz's pure logic (checking, shuffling) lives in src/quiz/core/.

export type QuizKind = 'single' | 'multi' | 'true-false' | 'fill' | 'order';

export const QUIZ_KINDS: readonly QuizKind[] = ['single', 'multi', 'true-false', 'fill', 'order'];

export interface QuizText {
  /** The question, Markdown inline (inline code only). */
  readonly prompt: string;
  /** One line: why the answer is right. */
  readonly explanation: string;
}

export interface ChoiceText extends QuizText {
  /** In the written order; `correct` indexes into it. */
  readonly options: readonly string[];
}

export interface FillText extends QuizText {
  /** Answers that count as right (matched ignoring case, spaces and full/half-width). */
  readonly accepted: readonly string[];
}

export interface OrderText extends QuizText {
  /** In the CORRECT order; the quiz shuffles them. */
  readonly steps: readonly string[];
}

interface ItemBase<K extends QuizKind, T extends QuizText> {
  /** `<card-id>#<n>`, n the 1-based position in the card's list; never reused for another item. */
  readonly id: string;
  readonly kind: K;
  /** Line of the item's heading (the Chinese one when both exist). */
  readonly line: number;
  readonly zh: T | null;
  readonly en: T | null;
}

export interface ChoiceItem extends ItemBase<'single' | 'multi', ChoiceText> {
  /** Indexes of the right options, ascending; exactly one for `single`. */
  readonly correct: readonly number[];
}

export interface TrueFalseItem extends ItemBase<'true-false', QuizText> {
  readonly answer: boolean;
}

export type FillItem = ItemBase<'fill', FillText>;
export type OrderItem = ItemBase<'order', OrderText>;

export type QuizItem = ChoiceItem | TrueFalseItem | FillItem | OrderItem;
