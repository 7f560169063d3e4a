import type { Path, Training, Tutoring } from '../entities';
import type { StepDigest } from '../figures/step-digest';
import type { Agent, Circonscription, Interim, Territory } from '../organisation';
import type { Actor } from '../permissions';

/** The plain rows the reports read: the device's Dexie tables and the server's SQL reads
 *  (through the table specs) hold the same shapes, so the same functions run on both. */
export interface ReportRows {
  territories: readonly Territory[];
  circonscriptions: readonly Circonscription[];
  agents: readonly Agent[];
  paths: readonly Path[];
  /** Each path's steps, digested (figures/step-digest.ts). */
  stepDigests: readonly StepDigest[];
  trainings: readonly Training[];
  tutorings: readonly Tutoring[];
  interims: readonly Interim[];
}

/** Whose figures a report counts: everyone's, or the agents of some circonscriptions. */
export type ReportScope = { all: true } | { all: false; circonscriptionIds: readonly string[] };

/**
 * Reports and CSV (DESIGN §7): the HR admin sees all; a territory manager her territories'
 * circonscriptions; a manager hers, with those she covers by an intérim while it lasts (the
 * actor already holds them). Roles add up. Anyone else sees none: null, a 403 on the server.
 * The device and the server ask it of the same Actor (actorOf), so they count the same agents.
 */
export function reportScope(
  actor: Actor,
  circonscriptions: readonly Pick<Circonscription, 'id' | 'territoryId'>[],
): ReportScope | null {
  const has = (role: Actor['roles'][number]) => actor.roles.includes(role);
  if (has('admin')) return { all: true };
  if (!has('manager') && !has('territoryManager')) return null;
  const ids = new Set<string>(has('manager') ? actor.circonscriptionIds : []);
  if (has('territoryManager')) {
    for (const c of circonscriptions) if (actor.territoryIds.includes(c.territoryId)) ids.add(c.id);
  }
  return { all: false, circonscriptionIds: [...ids].sort() };
}

export const covers = (scope: ReportScope, circonscriptionId: string | null): boolean =>
  scope.all || (circonscriptionId !== null && scope.circonscriptionIds.includes(circonscriptionId));

/**
 * Each recruit's path, as the dashboards find it (src/db/supervision.ts): by recruit, the
 * last by id winning, which is the order the device's table lists them in. A recruit has one
 * path; the rule only has to be the same everywhere when the data says otherwise.
 */
export function pathsByRecruit(paths: readonly Path[]): Map<string, Path> {
  const sorted = [...paths].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((path) => [path.recruitId, path]));
}

/** Where an agent is counted: her path's circonscription, else her own (the dashboards'). */
export const placeOf = (agent: Pick<Agent, 'circonscriptionId'>, path: Path | undefined) =>
  path?.circonscriptionId ?? agent.circonscriptionId;

export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** French alphabetical order: one collator for every comparison, as localeCompare(b, 'fr')
 *  orders but without looking the locale up at each call (a report sorts 1,200 names). */
const french = new Intl.Collator('fr');
export const byFrench = (a: string, b: string) => french.compare(a, b);
