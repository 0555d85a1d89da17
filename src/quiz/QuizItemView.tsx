// One quiz item: answer it, check it, see right or wrong and why, try again. Options and steps are
// shown in an order seeded by the item id, so their position never gives the answer away.
import { useMemo, useState, type FormEvent } from 'react';
import type { QuizItem } from '../decks/quiz-types.ts';
import type { CardLanguage } from '../decks/types.ts';
import { ChoiceOptions } from './ChoiceOptions.tsx';
import { checkAnswer, isAnswered, type QuizResponse } from './core/check-answer.ts';
import { itemText } from './core/item-text.ts';
import { scrambledOrder, seededOrder } from './core/seeded-shuffle.ts';
import { InlineCode } from './InlineCode.tsx';
import { OrderSteps } from './OrderSteps.tsx';
import { QuizFeedback } from './QuizFeedback.tsx';
import { quizStrings, type QuizStrings } from './quiz-strings.ts';

export interface QuizItemViewProps {
  readonly item: QuizItem;
  readonly language: CardLanguage;
  /** "Question 2 of 3", for screen readers. */
  readonly label: string;
}

type Result = 'right' | 'wrong' | 'empty' | null;

export function QuizItemView({ item, language, label }: QuizItemViewProps) {
  const s = quizStrings(language);
  const shown = useMemo(() => itemText(item, language), [item, language]);
  const initial = useMemo(() => firstResponse(item), [item]);
  const [response, setResponse] = useState<QuizResponse>(initial);
  const [result, setResult] = useState<Result>(null);
  if (!shown) return null;
  const checked = result === 'right' || result === 'wrong';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (checked) { setResponse(initial); setResult(null); return; }
    setResult(!isAnswered(response) ? 'empty' : checkAnswer(item, response) ? 'right' : 'wrong');
  };
  const update = (next: QuizResponse) => { setResponse(next); if (result === 'empty') setResult(null); };
  const legend = (
    <>
      <span className="visually-hidden">{label}. </span>
      <span className="quiz-kind">{kindLabel(item, s)}</span>
      <span className="quiz-prompt" lang={shown.tag}><InlineCode text={shown.text.prompt} /></span>
    </>
  );

  return (
    <form className={`quiz-item${checked ? ` is-${result}` : ''}`} onSubmit={onSubmit} noValidate>
      {(item.kind === 'single' || item.kind === 'multi' || item.kind === 'true-false') && (
        <ChoiceOptions
          legend={legend}
          multiple={item.kind === 'multi'}
          options={item.kind === 'true-false'
            ? [{ index: 1, text: s.trueLabel }, { index: 0, text: s.falseLabel }]
            : seededOrder(optionsOf(item, shown.text).length, item.id).map((i) => ({ index: i, text: optionsOf(item, shown.text)[i] ?? '' }))}
          selected={selectedOf(response)}
          onChange={(selected) => update(item.kind === 'true-false' ? { kind: 'true-false', value: selected[0] === 1 } : { kind: 'choice', selected })}
          revealed={checked ? rightIndexes(item) : null}
          labels={{ right: s.rightAnswer, wrong: s.yourPick }}
        />
      )}
      {item.kind === 'fill' && (
        <fieldset className="quiz-fieldset" disabled={checked}>
          <legend>{legend}</legend>
          <label className="quiz-fill">
            <span>{s.yourAnswer}</span>
            <input type="text" autoComplete="off" spellCheck={false} value={response.kind === 'fill' ? response.text : ''} onChange={(e) => update({ kind: 'fill', text: e.target.value })} />
          </label>
        </fieldset>
      )}
      {item.kind === 'order' && (
        <OrderSteps
          legend={legend}
          steps={'steps' in shown.text ? shown.text.steps : []}
          order={response.kind === 'order' ? response.order : []}
          onChange={(order) => update({ kind: 'order', order })}
          locked={checked}
          labels={{ moveUp: s.moveUp, moveDown: s.moveDown, moved: s.moved }}
        />
      )}
      <div className="quiz-actions">
        <button type="submit" className={checked ? 'secondary' : 'primary'}>{checked ? s.retry : s.check}</button>
      </div>
      <QuizFeedback item={item} text={shown.text} language={shown.language} result={result} strings={s} />
    </form>
  );
}

function firstResponse(item: QuizItem): QuizResponse {
  switch (item.kind) {
    case 'single': case 'multi': return { kind: 'choice', selected: [] };
    case 'true-false': return { kind: 'true-false', value: null };
    case 'fill': return { kind: 'fill', text: '' };
    case 'order': return { kind: 'order', order: scrambledOrder((item.zh ?? item.en)?.steps.length ?? 0, item.id) };
  }
}

function optionsOf(item: QuizItem, text: object): readonly string[] {
  return (item.kind === 'single' || item.kind === 'multi') && 'options' in text ? (text as { options: readonly string[] }).options : [];
}

function selectedOf(response: QuizResponse): number[] {
  if (response.kind === 'choice') return [...response.selected];
  if (response.kind === 'true-false' && response.value !== null) return [response.value ? 1 : 0];
  return [];
}

function rightIndexes(item: QuizItem): number[] {
  if (item.kind === 'single' || item.kind === 'multi') return [...item.correct];
  if (item.kind === 'true-false') return [item.answer ? 1 : 0];
  return [];
}

function kindLabel(item: QuizItem, s: QuizStrings): string {
  return { single: s.kindSingle, multi: s.kindMulti, 'true-false': s.kindTrueFalse, fill: s.kindFill, order: s.kindOrder }[item.kind];
}
