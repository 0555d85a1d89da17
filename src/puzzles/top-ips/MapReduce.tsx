// When one machine is not enough: hash-partition by IP, count per partition, merge the local
// top-k lists with a heap. A small static diagram (the deck's diagram classes) and the why.
import { s } from './strings.ts';

const SHARDS = [0, 1, 2];

export function MapReduce() {
  const y = (i: number) => 40 + i * 70;
  return (
    <section className="panel" aria-labelledby="ips-mr-title">
      <h2 id="ips-mr-title">{s.mrTitle}</h2>
      <div className="diagram-scroll">
        <svg className="diagram" viewBox="0 0 640 250" role="img" aria-label={s.mrDiagram}>
          <defs>
            <marker id="ips-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path className="arrow-head" d="M0,0 L10,5 L0,10 z" />
            </marker>
          </defs>
          {SHARDS.map((i) => (
            <g key={`shard${i}`}>
              <rect className="box muted" x="10" y={y(i) - 20} width="100" height="40" rx="6" />
              <text className="label" x="60" y={y(i) + 5} textAnchor="middle">
                {s.mr.shard(i + 1)}
              </text>
              <rect className="box" x="150" y={y(i) - 20} width="110" height="40" rx="6" />
              <text className="label" x="205" y={y(i) - 2} textAnchor="middle">
                map
              </text>
              <text className="label small" x="205" y={y(i) + 13} textAnchor="middle">
                hash(ip) mod 3
              </text>
              <line className="edge" x1="110" y1={y(i)} x2="148" y2={y(i)} markerEnd="url(#ips-arrow)" />
              <rect className="box" x="330" y={y(i) - 20} width="130" height="40" rx="6" />
              <text className="label" x="395" y={y(i) - 2} textAnchor="middle">
                {s.mr.partition(i + 1)}
              </text>
              <text className="label small" x="395" y={y(i) + 13} textAnchor="middle">
                {s.mr.exact}
              </text>
              <line className="edge" x1="460" y1={y(i)} x2="508" y2="110" markerEnd="url(#ips-arrow)" />
            </g>
          ))}
          {SHARDS.flatMap((from) =>
            SHARDS.map((to) => (
              <line
                key={`m${from}${to}`}
                className={`edge${from === to ? '' : ' dashed'}`}
                x1="260"
                y1={y(from)}
                x2="328"
                y2={y(to)}
                markerEnd="url(#ips-arrow)"
              />
            )),
          )}
          <rect className="box accent" x="510" y="85" width="120" height="50" rx="6" />
          <text className="label strong" x="570" y="106" textAnchor="middle">
            {s.mr.merge}
          </text>
          <text className="label small" x="570" y="123" textAnchor="middle">
            {s.mr.global}
          </text>
          <text className="label small" x="295" y="240" textAnchor="middle">
            {s.mr.sameIp}
          </text>
        </svg>
      </div>
      <ol>
        {s.mrSteps.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ol>
      <p>{s.mrWhy}</p>
      <p className="muted small">{s.mrApprox}</p>
    </section>
  );
}
