// Each stage's image as a stack of layers (base at the bottom), bar widths by size on a log scale
// so a 12 kB COPY and a 820 MB base both show; the final image marked; for a multi-stage build,
// how much smaller the final image is than the builder stage's.
import { useState } from 'react';
import { SIZES_AS_OF } from './core/base-images.ts';
import type { Build, StageImage } from './core/build.ts';
import { S } from './strings.ts';
import { useBytes } from './use-bytes.ts';

function width(size: number, max: number): string {
  const scale = (n: number) => Math.log10(1 + n / 1000);
  return `${Math.max(4, Math.round((100 * scale(size)) / Math.max(1e-9, scale(max))))}%`;
}

function Stack({ image, final, max }: { image: StageImage; final: boolean; max: number }) {
  const bytes = useBytes();
  const own = image.layers;
  return (
    <figure className={`dk-stack${final ? ' final' : ''}`} data-testid={`stack-${image.stage.index}`}>
      <figcaption>
        <strong>{S.stageName(image.stage.index, image.stage.name)}</strong>
        {final && <span className="badge dk-final">{S.finalImage}</span>}
      </figcaption>
      <ol className="dk-layers" reversed>
        {[...own].reverse().map((l) => (
          <li key={l.id} className={l.baseLayers !== undefined ? 'base' : ''}>
            <span className="dk-bar" style={{ width: width(l.size, max) }} aria-hidden="true" />
            <span className="dk-layer-text">
              <span className="mono">{l.baseLayers !== undefined ? S.baseLayers(l.createdBy, l.baseLayers) : l.createdBy}</span>
              <span className="dk-layer-size">{bytes(l.size)}</span>
            </span>
          </li>
        ))}
      </ol>
      <p className="dk-total">
        <strong>
          {S.total}: <span data-testid={`size-${image.stage.index}`}>{bytes(image.size)}</span>
        </strong>
      </p>
    </figure>
  );
}

export function LayerStack({ build }: { build: Build }) {
  const bytes = useBytes();
  const [historyOpen, setHistoryOpen] = useState(false);
  if (!build.final) return null;
  const max = Math.max(...build.stages.map((s) => Math.max(...s.layers.map((l) => l.size), 1)));
  const builder =
    build.stages.length > 1 ? build.stages.reduce((a, b) => (b.size > a.size && b !== build.final ? b : a), build.stages[0] ?? build.final) : null;
  const ratio = builder && build.final.size > 0 ? builder.size / build.final.size : 0;
  return (
    <section className="lab-box" aria-labelledby="dk-stack-title">
      <h2 id="dk-stack-title">{S.stackTitle}</h2>
      <p className="small muted">{S.stackHelp}</p>
      <div className="dk-stacks">
        {build.stages.map((s) => (
          <Stack key={s.stage.index} image={s} final={s === build.final} max={max} />
        ))}
      </div>
      {builder && builder !== build.final && ratio > 1 && (
        <p className="dk-compare" data-testid="multi-stage-compare">
          {S.multiStage(bytes(build.final.size), bytes(builder.size), ratio.toFixed(ratio >= 10 ? 0 : 1))}
        </p>
      )}
      {/* The table is only rendered while open: a closed <details> keeps no half-laid-out table around. */}
      <details className="dk-history" onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
        <summary>{S.historyTitle}</summary>
        {historyOpen && (
          <div className="table-scroll" tabIndex={0}>
            <table data-testid="history">
              <caption>{S.historyCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">CREATED BY</th>
                  <th scope="col">SIZE</th>
                </tr>
              </thead>
              <tbody>
                {[...build.final.history].reverse().map((h, i) => (
                  <tr key={i}>
                    <td className="mono small">{h.count !== undefined ? S.baseLayers(h.createdBy, h.count) : h.createdBy}</td>
                    <td className="dk-size">{bytes(h.size)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
      <p className="small muted">{S.sizesNote(SIZES_AS_OF)}</p>
    </section>
  );
}
