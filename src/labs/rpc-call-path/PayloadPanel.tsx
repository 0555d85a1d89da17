// The request's bytes: the same order in JSON, protobuf and Hessian 2, counted by the lab's own
// encoders, the frame of this configuration around it, and the first bytes in hex.
import { useMemo } from 'react';
import { localeOf, useLanguage, usePick } from '../../ui/use-language.ts';
import { toHex } from './core/bytes.ts';
import type { CallConfig } from './core/config.ts';
import { dubboHeader, orderHessian, orderJson, orderProto, requestFrameBytes, SAMPLE_ORDER } from './core/payload.ts';
import { strings } from './strings.ts';

export function PayloadPanel({ config }: { config: CallConfig }) {
  const S = usePick(strings);
  const language = useLanguage();
  const grpc = config.framework === 'grpc';
  const formats = useMemo(
    () => [
      { id: 'json' as const, name: 'JSON', bytes: orderJson(SAMPLE_ORDER) },
      { id: 'protobuf' as const, name: 'protobuf', bytes: orderProto(SAMPLE_ORDER) },
      { id: 'hessian2' as const, name: 'Hessian 2', bytes: orderHessian(SAMPLE_ORDER) },
    ],
    [],
  );
  const chosen = grpc ? 'protobuf' : config.serialization === 'fastjson' ? 'json' : 'hessian2';
  const frame = requestFrameBytes(config.framework, config.serialization, config.timeoutMs);
  const hex = toHex((formats.find((f) => f.id === chosen)?.bytes ?? new Uint8Array()).slice(0, 32));
  const n = (v: number) => v.toLocaleString(localeOf(language));
  return (
    <section className="lab-box" aria-labelledby="rpc-payload-title" data-testid="payload">
      <h2 id="rpc-payload-title">{S.payloadTitle}</h2>
      <p className="small">{S.payloadHelp}</p>
      <div className="table-scroll" tabIndex={0}>
        <table className="rpc-sizes">
          <thead>
            <tr>
              <th scope="col">{S.payloadCols.format}</th>
              <th scope="col">{S.payloadCols.bytes}</th>
              <th scope="col">{S.payloadCols.note}</th>
            </tr>
          </thead>
          <tbody>
            {formats.map((f) => (
              <tr key={f.id} className={f.id === chosen ? 'chosen' : ''} data-format={f.id}>
                <th scope="row">{f.name}</th>
                <td className="mono">{n(f.bytes.length)}</td>
                <td className="small">{S.payloadNotes[f.id]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small" data-testid="frame-line">
        {S.frameLine(frame.header, frame.body, frame.total, grpc)}
      </p>
      {!grpc && (
        <>
          <p className="small">
            <strong>{S.headerTitle}</strong>
          </p>
          <pre className="rpc-hex mono" data-testid="dubbo-header">
            {toHex(dubboHeader(1, frame.body, config.serialization === 'fastjson' ? 'fastjson' : 'hessian2'))}
          </pre>
        </>
      )}
      <p className="small">
        <strong>{S.hexTitle}</strong> ({chosen})
      </p>
      <pre className="rpc-hex mono">{hex}</pre>
    </section>
  );
}
