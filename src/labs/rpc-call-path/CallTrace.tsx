// The trace table: one row per event, with the call time, the layer, what happened and why.
import { usePick, useLanguage, localeOf } from '../../ui/use-language.ts';
import { TraceTable, type TraceColumn } from '../../ui/player/TraceTable.tsx';
import type { CallEvent } from './core/events.ts';
import type { CallRun } from './core/simulate.ts';
import { eventWords } from './event-text.ts';
import { stageText } from './stage-text.ts';
import { strings } from './strings.ts';

interface Props {
  readonly run: CallRun;
  readonly index: number;
  readonly playing: boolean;
  readonly onSeek: (index: number) => void;
}

export function CallTrace({ run, index, playing, onSeek }: Props) {
  const S = usePick(strings);
  const T = usePick(stageText);
  const language = useLanguage();
  const words = eventWords[language];
  const fmt = (ms: number) => ms.toLocaleString(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const columns: readonly TraceColumn<CallEvent>[] = [
    {
      header: S.colTime,
      cell: (e, i) => (
        <button
          type="button"
          className="link-button mono"
          onClick={(ev) => {
            ev.stopPropagation();
            onSeek(i);
          }}
        >
          {S.atMs(fmt(e.timeMs))}
        </button>
      ),
    },
    { header: S.colStage, cell: (e) => T[e.stage].name },
    { header: S.colEvent, cell: (e) => words(e, run.config)[0] },
    { header: S.colWhy, cell: (e) => words(e, run.config)[1], className: 'why' },
  ];
  return (
    <TraceTable
      caption={S.traceCaption}
      rows={run.events}
      columns={columns}
      currentIndex={index}
      onSelect={onSeek}
      rowClass={(e) => (e.bad ? 'rpc-row-bad' : e.code.startsWith('result-') ? 'rpc-row-result' : '')}
      windowSize={playing ? 20 : 80}
    />
  );
}
