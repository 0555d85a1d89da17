// The algorithm's own picture under the upstream: the SWRR current_weight table, the hash ring,
// or the modulo slices; nothing for the algorithms whose reason fits in the sentence.
import { ALGORITHM_TITLES } from './describe-live.ts';
import type { ServerSnapshot, SimRow } from './core/simulate.ts';
import type { AlgorithmId } from './core/types.ts';
import { HashRingPicture } from './HashRingPicture.tsx';
import { ModuloPicture } from './ModuloPicture.tsx';
import { SwrrTable } from './SwrrTable.tsx';

export interface MechanismDetailProps {
  readonly algorithm: AlgorithmId;
  readonly rows: readonly SimRow[];
  readonly index: number;
  readonly snapshot: readonly ServerSnapshot[];
  readonly vnodes: number;
}

export function MechanismDetail({ algorithm, rows, index, snapshot, vnodes }: MechanismDetailProps) {
  const row = index >= 0 ? rows[index] : undefined;
  switch (algorithm) {
    case 'swrr':
      return <SwrrTable rows={rows} index={index} />;
    case 'hash-consistent':
    case 'ring':
      return <HashRingPicture kind={algorithm} snapshot={snapshot} vnodes={vnodes} row={row} />;
    case 'ip-hash':
    case 'hash-modulo':
      return <ModuloPicture title={ALGORITHM_TITLES[algorithm]} snapshot={snapshot} row={row} />;
    default:
      return null;
  }
}
