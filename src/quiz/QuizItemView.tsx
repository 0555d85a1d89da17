// One quiz item: answer it, check it, see right or wrong and why, try again. Options and steps are
// shown in an order seeded by the item id, so their position never gives the answer away.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { QuizItem } from '../decks/quiz-types.ts';
import type { CardLanguage } from '../decks/types.ts';
import { ChoiceOptions } from './ChoiceOptions.tsx';
import { checkAnswer, isAnswered, type QuizResponse } from './core/check-answer.ts';
import { itemText } from './core/item-text.ts';
import { scrambledOrder, seededOrder } from './core/seeded-shuffle.ts';
import { InlineCode } from './InlineCode.tsx';
import { OrderSteps } from './OrderSteps.tsx';
import { QuizFeedback, type Verdict } from './QuizFeedback.tsx';
import { quizStrings, type QuizStrings } from './quiz-strings.ts';

export interface QuizItemViewProps {
  readonly item: QuizItem;
  readonly language: CardLanguage;
  /** "Question 2 of 3", for screen readers. */
  readonly label: string;
  /** Told of every checked answer (the card page saves it). */
  readonly onChecked?: (right: boolean) => void;
}

export function QuizItemView({ item, language, label, onChecked }: QuizItemViewProps) {
  const s = quizStrings(language);
  const shown = useMemo(() => itemText(item, language), [item, language]);
  const initial = useMemo(() => firstResponse(item), [item]);
  const [response, setResponse] = useState<QuizResponse>(initial);
  const [verdict, setVerdict] = useState<Verdict>(null);
  if (!shown) return null;
  const checked = verdict === 'right' || verdict === 'wrong';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (checked) {
      setResponse(initial);
      setVerdict(null);
      return;
    }
    if (!isAnswered(response)) {
      setVerdict('empty');
      return;
    }
    const right = checkAnswer(item, response);
    setVerdict(right ? 'right' : 'wrong');
    onChecked?.(right);
  };
  const update = (next: QuizResponse) => {
    setResponse(next);
    if (verdict === 'empty') setVerdict(null);
  };
  const legend = (
    <>
      <span className="visually-hidden">{label}. </span>
      <span className="quiz-kind">{kindLabel(item, s)}</span>
      <span className="quiz-prompt" lang={shown.tag}>
        <InlineCode text={shown.text.prompt} />
      </span>
    </>
  );

  return (
    <form className={`quiz-item${checked ? ` is-${verdict}` : ''}`} onSubmit={onSubmit} noValidate>
      <ItemInputs item={item} language={language} legend={legend} response={response} onChange={update} locked={checked} strings={s} />
      <div className="quiz-actions">
        <button type="submit" className={checked ? 'secondary' : 'primary'}>
          {checked ? s.retry : s.check}
        </button>
      </div>
      <QuizFeedback item={item} language={language} verdict={verdict} strings={s} />
    </form>
  );
}

export interface ItemInputsProps {
  readonly item: QuizItem;
  readonly language: CardLanguage;
  readonly legend: ReactNode;
  readonly response: QuizResponse;
  readonly onChange: (response: QuizResponse) => void;
  readonly locked: boolean;
  readonly strings: QuizStrings;
}

/** The inputs for the item's kind, in its shown language. */
export function ItemInputs({ item, language, legend, response, onChange, locked, strings: s }: ItemInputsProps) {
  switch (item.kind) {
    case 'single':
    case 'multi': {
      const options = itemText(item, language)?.text.options ?? [];
      return (
        <ChoiceOptions
          legend={legend}
          multiple={item.kind === 'multi'}
          options={seededOrder(options.length, item.id).map((index) => ({ index, text: options[index] ?? '' }))}
          selected={response.kind === 'choice' ? response.selected : []}
          onChange={(selected) => onChange({ kind: 'choice', selected })}
          revealed={locked ? item.correct : null}
          labels={{ right: s.rightAnswer, wrong: s.yourPick }}
        />
      );
    }
    case 'true-false': {
      // Index 1 is "true", 0 is "false": a fixed order, like every true/false question.
      const value = response.kind === 'true-false' ? response.value : null;
      return (
        <ChoiceOptions
          legend={legend}
          multiple={false}
          options={[
            { index: 1, text: s.trueLabel },
            { index: 0, text: s.falseLabel },
          ]}
          selected={value === null ? [] : [value ? 1 : 0]}
          onChange={(selected) => onChange({ kind: 'true-false', value: selected[0] === 1 })}
          revealed={locked ? [item.answer ? 1 : 0] : null}
          labels={{ right: s.rightAnswer, wrong: s.yourPick }}
        />
      );
    }
    case 'fill':
      return (
        <fieldset className="quiz-fieldset" disabled={locked}>
          <legend>{legend}</legend>
          <label className="quiz-fill">
            <span>{s.yourAnswer}</span>
            <input
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={response.kind === 'fill' ? response.text : ''}
              onChange={(e) => onChange({ kind: 'fill', text: e.target.value })}
            />
          </label>
        </fieldset>
      );
    case 'order':
      return (
        <OrderSteps
          legend={legend}
          steps={itemText(item, language)?.text.steps ?? []}
          order={response.kind === 'order' ? response.order : []}
          onChange={(order) => onChange({ kind: 'order', order })}
          locked={locked}
          labels={{ moveUp: s.moveUp, moveDown: s.moveDown, moved: s.moved }}
        />
      );
  }
}

export function firstResponse(item: QuizItem): QuizResponse {
  switch (item.kind) {
    case 'single':
    case 'multi':
      return { kind: 'choice', selected: [] };
    case 'true-false':
      return { kind: 'true-false', value: null };
    case 'fill':
      return { kind: 'fill', text: '' };
    case 'order':
      return { kind: 'order', order: scrambledOrder((item.zh ?? item.en)?.steps.length ?? 0, item.id) };
  }
}

export function kindLabel(item: QuizItem, s: QuizStrings): string {
  return { single: s.kindSingle, multi: s.kindMulti, 'true-false': s.kindTrueFalse, fill: s.kindFill, order: s.kindOrder }[item.kind];
}
