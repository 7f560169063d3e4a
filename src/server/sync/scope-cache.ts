import type { PullScope } from './scope';

/**
 * The tables whose rows decide what an agent may pull (scopeOf) and who she is (actorFor).
 * A scope computed while their signature read S still holds while it reads S, on the same
 * day (delegations and intérims start and end with dates, not with writes).
 */
const scopeTables = [
  'agents',
  'circonscriptions',
  'territories',
  'delegations',
  'interims',
  'paths',
  'tutoring',
  'practice_groups',
] as const;

/** Their links (an agent's managed circonscriptions and territories): rows deleted, not
 *  tombstoned, when the links change. */
const linkTables = ['manager_circonscriptions', 'territory_managers'] as const;

/**
 * The signature, one text: each table's highest version, and the links' row counts too.
 * An insert draws a version above every other, an update too (the version triggers), and
 * these tables delete nothing but links (a delete is a tombstone, an update), whose count
 * drops — so any committed change moves it. It reads committed rows only: a writer that has
 * drawn its versions but not committed moves it when it commits, never before, so a scope is
 * never filed under a signature that is newer than it. Each part is one probe of a version
 * index, or a count of a few dozen links: its cost does not grow with the département (the
 * counts it had for every table were most of an empty pull's time on 1,200 agents).
 */
export const scopeSignatureSql = `concat_ws(',', ${[
  ...scopeTables.map((table) => `(SELECT coalesce(max(version), 0) FROM ${table})`),
  ...linkTables.map(
    (table) => `(SELECT count(*) || ':' || coalesce(max(version), 0) FROM ${table})`,
  ),
].join(', ')})`;

interface Entry {
  day: string;
  signature: string;
  scope: PullScope;
}

/**
 * Each agent's pull scope, per process, while its signature holds: a pull with nothing new,
 * the request every device makes every minute, then skips the dozen queries that rebuild it
 * (issue 16). Nothing needs to be told of a change: the next pull reads another signature.
 * Several processes each keep their own, all checked against the one database.
 */
export class ScopeCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 5000) {}

  get(agentId: string, day: string, signature: string): PullScope | undefined {
    const entry = this.entries.get(agentId);
    if (!entry || entry.day !== day || entry.signature !== signature) return undefined;
    // Most recently used last, so that the first is the one to evict.
    this.entries.delete(agentId);
    this.entries.set(agentId, entry);
    return entry.scope;
  }

  /** The agent's scope as last built today, with the signature it holds under. */
  latest(agentId: string, day: string): Entry | undefined {
    const entry = this.entries.get(agentId);
    if (!entry || entry.day !== day) return undefined;
    this.get(agentId, day, entry.signature); // now the most recently used
    return entry;
  }

  set(agentId: string, day: string, signature: string, scope: PullScope): void {
    this.entries.delete(agentId);
    this.entries.set(agentId, { day, signature, scope });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
