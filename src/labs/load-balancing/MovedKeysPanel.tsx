// For the hash algorithms: every server that joined, left, went down or came back during the run,
// with the share of keys that changed servers (and the least any scheme must move), and a
// "what if" table that puts modulo hashing, ip_hash and the two rings side by side.
import { useMemo } from 'react';
import type { LbRun } from './build-run.ts';
import { ALGORITHM_TITLES, describeEvent } from './describe-live.ts';
import { toServerSpecs } from './core/lab-run.ts';
import type { MovedKeys } from './core/moved-keys.ts';
import { HASH_ALGORITHMS, type AlgorithmId } from './core/types.ts';
import { MAX_MOVED_KEYS, poolChanges, whatIf } from './pool-changes.ts';
import { serverLabel } from './server-names.ts';
import { S } from './strings.ts';
import { ScrollBox } from './ScrollBox.tsx';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function keysFor(run: LbRun, algorithm: AlgorithmId): readonly string[] {
  const s = run.stream;
  const list = algorithm === 'ip-hash' ? s.ips : run.values.keySource === 'uri' ? s.uris : s.keys;
  return list.slice(0, MAX_MOVED_KEYS);
}

function Share({ m }: { m: MovedKeys | null }) {
  if (m === null) return <>—</>;
  return (
    <>
      <strong>{pct(m.share)}</strong> <span className="muted small">{S.paren(`${m.moved}/${m.keys}`)}</span>
    </>
  );
}

function counts(m: MovedKeys): string {
  const ids = [...new Set([...Object.keys(m.before), ...Object.keys(m.after)])].sort();
  return ids.map((id) => `${serverLabel(id)} ${m.before[id] ?? 0}→${m.after[id] ?? 0}`).join(' · ');
}

export function MovedKeysPanel({ run, algorithm }: { run: LbRun; algorithm: AlgorithmId }) {
  const { values } = run;
  const options = useMemo(() => ({ virtualNodes: values.vnodes, decayMs: values.decayMs }), [values.vnodes, values.decayMs]);
  const initial = useMemo(() => toServerSpecs(values).map((s) => ({ id: s.id, weight: s.weight, down: s.down })), [values]);
  const keys = useMemo(() => keysFor(run, algorithm), [run, algorithm]);
  const changes = useMemo(() => poolChanges(algorithm, initial, run.events, keys, options), [algorithm, initial, run.events, keys, options]);
  const table = useMemo(() => whatIf(HASH_ALGORITHMS, initial, (a) => keysFor(run, a), options), [initial, run, options]);
  return (
    <section className="lb-moved panel" aria-labelledby="lb-moved-title" data-testid="moved-keys">
      <h3 id="lb-moved-title" className="lb-h">
        {S.movedTitle}
      </h3>
      <p className="muted small">{S.movedHelp(keys.length, algorithm === 'ip-hash' ? S.movedIpsWord : S.movedKeysWord)}</p>
      {changes.length === 0 ? (
        <p data-testid="moved-none">{S.movedNone}</p>
      ) : (
        <ScrollBox label={S.movedTitle}>
          <table className="lb-table">
            <caption className="visually-hidden">{ALGORITHM_TITLES[algorithm]}</caption>
            <thead>
              <tr>
                <th scope="col">{S.movedChange}</th>
                <th scope="col">{S.movedShare}</th>
                <th scope="col">{S.movedMinimal}</th>
                <th scope="col">{S.colServer}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c, i) => (
                <tr key={i} data-testid="moved-row">
                  <td className="wrap">{S.movedEvent(S.at(c.atMs), describeEvent(c.event))}</td>
                  <td data-testid="moved-share">
                    <Share m={c.moved} />
                  </td>
                  <td>{pct(c.moved.minimalShare)}</td>
                  <td className="small wrap">{counts(c.moved)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <h4 className="lb-h">{S.whatIfTitle}</h4>
      <ScrollBox label={S.whatIfTitle}>
        <table className="lb-table" data-testid="what-if">
          <thead>
            <tr>
              <th scope="col">{S.colAlgorithm}</th>
              <th scope="col">{S.whatIfAdd(serverLabel(table.addId))}</th>
              <th scope="col">{table.lastId !== null ? S.whatIfRemove(serverLabel(table.lastId)) : '—'}</th>
              <th scope="col">{table.lastId !== null ? S.whatIfDown(serverLabel(table.lastId)) : '—'}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.algorithm} className={r.algorithm === algorithm ? 'current' : ''}>
                <th scope="row">{ALGORITHM_TITLES[r.algorithm]}</th>
                <td>
                  <Share m={r.add} />
                </td>
                <td>
                  <Share m={r.remove} />
                </td>
                <td>
                  <Share m={r.down} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
