import { covers, type BonusPeriod, type ReportScope } from '../../domain/reports';
import type { Circonscription, Territory } from '../../domain/organisation';

// The reports' filters live in the URL (the back button, a reload and a shared address keep
// them). What an address asks is read leniently: a value out of range or outside the
// person's scope shows the default rather than an error page or an empty report.

/** The years a report offers: from 2000 to next year, as the server's CSV endpoints allow. */
export const FIRST_YEAR = 2000;

export function readYear(params: URLSearchParams, today: string): number {
  const current = Number(today.slice(0, 4));
  const asked = params.get('year');
  const year = asked !== null && /^\d{4}$/.test(asked) ? Number(asked) : NaN;
  return year >= FIRST_YEAR && year <= current + 1 ? year : current;
}

/** The years offered: the last five, next year and the one asked. */
export function yearChoices(today: string, asked: number): number[] {
  const current = Number(today.slice(0, 4));
  const years = new Set([asked]);
  for (let year = Math.max(FIRST_YEAR, current - 5); year <= current + 1; year++) years.add(year);
  return [...years].sort((a, b) => b - a);
}

/** `?month=YYYY-MM` (one month) or `?year=YYYY` (each month of it); this month by default. */
export function readPeriod(params: URLSearchParams, today: string): BonusPeriod {
  const month = params.get('month');
  if (month !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    const year = readYear(new URLSearchParams({ year: month.slice(0, 4) }), today);
    if (String(year) === month.slice(0, 4)) return { month };
  }
  if (params.has('year')) return { year: readYear(params, today) };
  return { month: today.slice(0, 7) };
}

/** Where the figures are counted: '' for "all" of what the scope reaches. */
export interface PlaceFilter {
  territory: string;
  circonscription: string;
  service: string;
}

interface Organisation {
  territories: readonly Territory[];
  circonscriptions: readonly Circonscription[];
}

/** The choices the scope offers, by name; each filter narrows the next one's. */
export function placeChoices(scope: ReportScope, rows: Organisation, filter: PlaceFilter) {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');
  const reached = rows.circonscriptions.filter((c) => covers(scope, c.id));
  const territories = rows.territories
    .filter((t) => reached.some((c) => c.territoryId === t.id))
    .sort(byName);
  const inTerritory = reached.filter(
    (c) => !filter.territory || c.territoryId === filter.territory,
  );
  const services = [...new Set(inTerritory.map((c) => c.service))].sort();
  const circonscriptions = inTerritory
    .filter((c) => !filter.service || c.service === filter.service)
    .sort(byName);
  return { territories, services, circonscriptions };
}

/** The filter the URL asks, less any value the scope does not offer. */
export function readPlace(
  params: URLSearchParams,
  scope: ReportScope,
  rows: Organisation,
): PlaceFilter {
  const filter: PlaceFilter = { territory: '', circonscription: '', service: '' };
  const territory = params.get('territory') ?? '';
  if (placeChoices(scope, rows, filter).territories.some((t) => t.id === territory)) {
    filter.territory = territory;
  }
  const service = params.get('service') ?? '';
  if (placeChoices(scope, rows, filter).services.some((s) => s === service)) {
    filter.service = service;
  }
  const circonscription = params.get('circonscription') ?? '';
  if (placeChoices(scope, rows, filter).circonscriptions.some((c) => c.id === circonscription)) {
    filter.circonscription = circonscription;
  }
  return filter;
}

/** The scope narrowed to the filter: the circonscriptions it keeps. Without a filter, the
 *  scope itself, so the report counts what the CSV endpoint counts for the same person. */
export function narrowScope(
  scope: ReportScope,
  rows: Organisation,
  filter: PlaceFilter,
): ReportScope {
  if (!filter.territory && !filter.service && !filter.circonscription) return scope;
  const kept = placeChoices(scope, rows, filter).circonscriptions.filter(
    (c) => !filter.circonscription || c.id === filter.circonscription,
  );
  return { all: false, circonscriptionIds: kept.map((c) => c.id).sort() };
}

/** The address's query with some parameters set, or removed when empty or null. */
export function withParams(
  params: URLSearchParams,
  changes: Readonly<Record<string, string | null>>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}
