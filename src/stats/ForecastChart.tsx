// Cards due on each of the next 30 days as bars, with the numbers as a table for screen readers
// and for anyone who wants them.
import type { StatsStrings } from './strings.ts';

const BAR = 14;
const HEIGHT = 90;

export function ForecastChart({
  forecast,
  dayStarts,
  s,
  formatDate,
}: {
  forecast: readonly number[];
  dayStarts: readonly number[];
  s: StatsStrings;
  formatDate: (ms: number) => string;
}) {
  const max = Math.max(1, ...forecast);
  const total = forecast.reduce((a, b) => a + b, 0);
  return (
    <figure className="stats-forecast">
      <div className="data-scroll">
        <svg width={forecast.length * (BAR + 3)} height={HEIGHT + 2} aria-hidden="true" data-testid="forecast">
          {forecast.map((n, i) => {
            const h = n === 0 ? 0 : Math.max(2, (HEIGHT * n) / max);
            return (
              <rect key={i} x={i * (BAR + 3)} y={HEIGHT - h} width={BAR} height={h} className="forecast-bar">
                <title>{s.forecastDay(formatDate(dayStarts[i] ?? 0), n)}</title>
              </rect>
            );
          })}
          <line x1={0} x2={forecast.length * (BAR + 3)} y1={HEIGHT + 1} y2={HEIGHT + 1} className="forecast-axis" />
        </svg>
      </div>
      <figcaption className="muted small" data-testid="forecast-summary">
        {s.forecastSummary(total, Math.max(0, ...forecast))}
      </figcaption>
      <details>
        <summary>{s.forecastTable}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{s.date}</th>
              <th scope="col">{s.due}</th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((n, i) => (
              <tr key={i}>
                <td>{formatDate(dayStarts[i] ?? 0)}</td>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
