// A box that scrolls a wide table sideways on small screens; focusable and named, so keyboard
// users can scroll it too.
import type { ReactNode } from 'react';
import { S } from './strings.ts';

export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={S.tableRegion(label)} tabIndex={0}>
      {children}
    </div>
  );
}
