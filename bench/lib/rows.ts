/** One printed figure: ours beside a peer or physical limit measured in the same run. */
export interface Row {
  figure: string;
  ours: number | null;
  peer: number | null;
  peerName: string;
  goal: string;
  met: boolean;
  /** Why a figure could not be measured (printed instead of numbers). */
  na?: string;
  /** A figure shown beside another for reference, with no goal of its own. */
  info?: boolean;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function formatRow(row: Row): string {
  if (row.na !== undefined || row.ours === null || row.peer === null) {
    return `n/a  ${row.figure}: n/a (${row.na ?? 'not measured'}); goal ${row.goal}`;
  }
  const ratio = row.peer ? row.ours / row.peer : Number.NaN;
  return (
    `${row.info ? '    ' : row.met ? 'ok  ' : 'MISS'} ${row.figure}: ${fmt(row.ours)} vs ${fmt(row.peer)} ` +
    `(${row.peerName}) → ratio ${ratio.toFixed(2)}; goal ${row.goal}`
  );
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
