import type { PasswordHasher } from '../auth/passwords';
import { countAgents, insertAgent } from '../store/agents';
import { lockFor, type Database, type Queryable } from '../store/database';
import { seedActivity } from './activity';
import {
  circonscriptions,
  DEMO_DOMAIN,
  DEMO_PASSWORD,
  people,
  territories,
  type DemoPerson,
} from './organisation';
import { seedMeetings, seedPaths } from './paths';

export interface DemoLogin {
  email: string;
  displayName: string;
  roles: string[];
}

/** The accounts the start-up log prints, the ones named in DESIGN §8 first. */
export function demoLogins(): DemoLogin[] {
  const named = ['recrue', 'tuteur', 'responsable', 'territoire', 'rh'].map(
    (local) => `${local}@${DEMO_DOMAIN}`,
  );
  const rank = (email: string) => (named.includes(email) ? named.indexOf(email) : named.length);
  return [...people]
    .sort((a, b) => rank(a.email) - rank(b.email))
    .map(({ email, displayName, roles }) => ({ email, displayName, roles }));
}

export { DEMO_PASSWORD };

/**
 * Writes the demo organisation when the database has no agent yet; returns whether it did.
 * One transaction, under a lock, so processes started together seed it once.
 */
export async function seedDemoIfEmpty(
  db: Database,
  hasher: PasswordHasher,
  today: Date = new Date(),
): Promise<boolean> {
  if ((await countAgents(db)) > 0) return false;
  // argon2 is slow on purpose: one hash, shared by every demo account, before the lock.
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return db.transaction(
    async (tx) => {
      await lockFor(tx, 'parcours:seed-demo');
      if ((await countAgents(tx)) > 0) return false;
      await seed(tx, passwordHash, today);
      return true;
    },
    { isolation: 'readCommitted' },
  );
}

async function seed(tx: Queryable, passwordHash: string, today: Date): Promise<void> {
  const territoryIds = new Map<string, string>();
  for (const name of territories) {
    const [row] = await tx.query<{ id: string }>(
      'INSERT INTO territories (name) VALUES ($1) RETURNING id',
      [name],
    );
    territoryIds.set(name, row!.id);
  }
  const circonscriptionIds = new Map<string, string>();
  for (const c of circonscriptions) {
    const [row] = await tx.query<{ id: string }>(
      'INSERT INTO circonscriptions (territory_id, name, service) VALUES ($1, $2, $3) RETURNING id',
      [territoryIds.get(c.territory), c.name, c.service],
    );
    circonscriptionIds.set(c.key, row!.id);
  }
  const agentIds = new Map<string, string>();
  const find = <T>(map: Map<string, T>, key: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Demo data names an unknown key: ${key}`);
    return value;
  };
  for (const person of people) {
    const agent = await insertAgent(tx, {
      email: person.email,
      displayName: person.displayName,
      roles: person.roles,
      job: person.job,
      status: person.status,
      circonscriptionId: person.home === null ? null : find(circonscriptionIds, person.home),
      startDate: daysBefore(today, person.startedDaysAgo),
      phone: demoPhone(person),
      passwordHash,
    });
    agentIds.set(person.email, agent.id);
    for (const key of person.manages ?? []) {
      await tx.query(
        'INSERT INTO manager_circonscriptions (agent_id, circonscription_id) VALUES ($1, $2)',
        [agent.id, find(circonscriptionIds, key)],
      );
    }
    for (const name of person.supports ?? []) {
      await tx.query('INSERT INTO territory_managers (agent_id, territory_id) VALUES ($1, $2)', [
        agent.id,
        find(territoryIds, name),
      ]);
    }
  }
  // What the first weeks of the demo recruits look like: paths, trainings, groups, tutoring.
  const org = {
    agents: agentIds,
    circonscriptions: circonscriptionIds,
    territories: territoryIds,
    today: daysBefore(today, 0),
  };
  const paths = await seedPaths(tx, org);
  await seedMeetings(tx, paths);
  await seedActivity(tx, org, paths);
}

/** YYYY-MM-DD of the calendar day `days` before `today` (UTC, like the stored dates). */
export function daysBefore(today: Date, days: number): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** A number in the 01 99 00 range, which ARCEP reserves for fiction: it rings nobody. */
function demoPhone(person: DemoPerson): string {
  const n = people.indexOf(person);
  return `01 99 00 ${String(10 + n).padStart(2, '0')} ${String(20 + n).padStart(2, '0')}`;
}
