import { addDaysIso, daysBetween, type IsoDate } from '../dates';

/** One month (YYYY-MM), or every month of a year. */
export type BonusPeriod = { month: string } | { year: number };

export interface Span {
  from: IsoDate;
  /** The last day, null for open-ended. */
  until: IsoDate | null;
}

/** A span with a last day. */
export interface ClosedSpan {
  from: IsoDate;
  until: IsoDate;
}

/** YYYY-MM of every month asked, in order. */
export function monthsOf(period: BonusPeriod): string[] {
  if ('month' in period) return [period.month];
  return Array.from({ length: 12 }, (_, i) => `${period.year}-${String(i + 1).padStart(2, '0')}`);
}

export function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

/** The part of a span inside a month, or null when it covers no day of it. */
export function clip(span: Span, month: string): ClosedSpan | null {
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(month))}`;
  const from = span.from > first ? span.from : first;
  const until = span.until !== null && span.until < last ? span.until : last;
  return from <= until ? { from, until } : null;
}

/** The days some closed spans cover, each day once, from the first to the last. */
export function covered(spans: readonly ClosedSpan[]): {
  from: IsoDate;
  until: IsoDate;
  days: number;
} {
  const sorted = [...spans].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let days = 0;
  let reached: IsoDate | null = null;
  for (const { from, until } of sorted) {
    const start = reached !== null && from <= reached ? addDaysIso(reached, 1) : from;
    if (start <= until) days += daysBetween(start, until) + 1;
    if (reached === null || until > reached) reached = until;
  }
  return { from: sorted[0]?.from ?? '', until: reached ?? '', days };
}
