// Eureka's worst case from a crash to the consumer's last call, term by term, from the timings in use.
import { usePick } from '../../ui/use-language.ts';
import { worstCaseEureka } from './core/eureka.ts';
import type { Timings } from './core/scenario.ts';
import { en, zh } from './strings.ts';

export function WorstCase({ timings }: { timings: Timings }) {
  const S = usePick({ zh, en });
  const terms = worstCaseEureka(timings);
  const total = terms.reduce((s, t) => s + t.seconds, 0);
  return (
    <section className="lab-box sd-worst" data-testid="worst-case" aria-label={S.worstTitle}>
      <h2>{S.worstTitle}</h2>
      <ol>
        {terms.map((t) => (
          <li key={t.term}>
            <strong>{t.seconds} s</strong> · {S.worstTerms[t.term]}
          </li>
        ))}
      </ol>
      <p>
        <strong>{S.worstTotal(total)}</strong>
      </p>
    </section>
  );
}
