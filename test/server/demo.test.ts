import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoLogins, seedDemoIfEmpty } from '../../src/server/demo/seed';
import type { Database } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrate';
import { demo, fastHasher, stores } from './helpers';

const DAY = 86_400_000;
const today = new Date('2026-03-15T09:00:00Z');

interface Row {
  email: string;
  display_name: string;
  roles: string[];
  job: string;
  status: string;
  start_date: string;
  circonscription: string | null;
  service: string | null;
  territory: string | null;
  password_hash: string;
}

describe.each(stores())('demo organisation on $name', (store) => {
  let db: Database;
  let drop: () => Promise<void>;
  let agents: Row[];
  const byEmail = (email: string) => agents.find((a) => a.email === email);

  beforeAll(async () => {
    ({ db, drop } = await store.open());
    await migrate(db);
    expect(await seedDemoIfEmpty(db, fastHasher, today)).toBe(true);
    agents = await db.query<Row>(`
      SELECT a.email, a.display_name, a.roles, a.job, a.status, a.start_date::text AS start_date,
             c.name AS circonscription, c.service, t.name AS territory, a.password_hash
        FROM agents a
        LEFT JOIN circonscriptions c ON c.id = a.circonscription_id
        LEFT JOIN territories t ON t.id = c.territory_id`);
  });
  afterAll(() => drop());

  it('is seeded once: a database with agents is left alone', async () => {
    expect(await seedDemoIfEmpty(db, fastHasher, today)).toBe(false);
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM agents');
    expect(row?.n).toBe(agents.length);
  });

  it('has two territories and French circonscriptions of each service', async () => {
    const territories = await db.query<{ name: string }>(
      'SELECT name FROM territories ORDER BY name',
    );
    expect(territories.map((t) => t.name)).toEqual(['Est Ensemble', 'Plaine Commune']);
    const circonscriptions = await db.query<{ name: string; service: string }>(
      'SELECT name, service FROM circonscriptions',
    );
    expect(circonscriptions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(circonscriptions.map((c) => c.service))).toEqual(new Set(['SSD', 'ASE', 'PMI']));
  });

  it.each([
    ['admin', 1],
    ['territoryManager', 1],
    ['manager', 3],
    ['mentor', 5],
    ['recruit', 13],
  ])('has the expected number of %s accounts', (role, count) => {
    expect(agents.filter((a) => a.roles.includes(role))).toHaveLength(count);
  });

  it.each([
    ['recrue', 'Inès Benali', 'recruit'],
    ['tuteur', 'Julien Moreau', 'mentor'],
    ['responsable', 'Sophie Lambert', 'manager'],
    ['territoire', 'Karim Haddad', 'territoryManager'],
    ['rh', 'Nathalie Roux', 'admin'],
  ])('has %s@ as %s, %s', (local, name, role) => {
    expect(byEmail(demo(local))).toMatchObject({ display_name: name, roles: [role] });
  });

  it('puts the recruit, her mentor and her manager in Saint-Denis SSD, Plaine Commune', () => {
    for (const local of ['recrue', 'tuteur', 'responsable']) {
      expect(byEmail(demo(local))).toMatchObject({
        circonscription: 'Saint-Denis',
        service: 'SSD',
        territory: 'Plaine Commune',
      });
    }
    const ines = byEmail(demo('recrue'))!;
    expect(ines.job).toBe('Assistante de service social');
    const daysAgo = (today.getTime() - Date.parse(ines.start_date)) / DAY;
    expect(daysAgo).toBeGreaterThanOrEqual(50);
    expect(daysAgo).toBeLessThanOrEqual(70);
  });

  it('links the manager to her circonscription and the territory manager to his territory', async () => {
    const managed = await db.query<{ name: string }>(
      `SELECT c.name FROM manager_circonscriptions m
         JOIN agents a ON a.id = m.agent_id JOIN circonscriptions c ON c.id = m.circonscription_id
        WHERE a.email = $1`,
      [demo('responsable')],
    );
    expect(managed.map((m) => m.name)).toEqual(['Saint-Denis']);
    const supported = await db.query<{ name: string }>(
      `SELECT t.name FROM territory_managers tm
         JOIN agents a ON a.id = tm.agent_id JOIN territories t ON t.id = tm.territory_id
        WHERE a.email = $1`,
      [demo('territoire')],
    );
    expect(supported.map((t) => t.name)).toEqual(['Plaine Commune']);
    const [covering] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM manager_circonscriptions m JOIN agents a ON a.id = m.agent_id
        WHERE m.circonscription_id IS DISTINCT FROM a.circonscription_id`,
    );
    expect(covering?.n).toBeGreaterThan(0);
  });

  it('has a recruit arriving within two weeks, without a path yet, for a manager to start one', async () => {
    const soon = agents.filter(
      (a) => a.roles.includes('recruit') && Date.parse(a.start_date) > today.getTime(),
    );
    expect(soon.length).toBeGreaterThan(0);
    for (const recruit of soon) {
      expect((Date.parse(recruit.start_date) - today.getTime()) / DAY).toBeLessThanOrEqual(14);
      const paths = await db.query(
        'SELECT 1 FROM paths p JOIN agents a ON a.id = p.recruit_id WHERE a.email = $1',
        [recruit.email],
      );
      expect(paths).toEqual([]);
    }
  });

  it('spreads the recruits over the last eleven months, in various jobs and statuses', () => {
    const recruits = agents.filter(
      (a) => a.roles.includes('recruit') && Date.parse(a.start_date) <= today.getTime(),
    );
    const ages = recruits.map((r) => (today.getTime() - Date.parse(r.start_date)) / DAY);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(335);
    expect(Math.max(...ages) - Math.min(...ages)).toBeGreaterThan(270);
    expect(new Set(recruits.map((r) => r.status))).toEqual(
      new Set(['apprentice', 'civicService', 'vae', 'contract', 'civilServant', 'intern']),
    );
    expect(new Set(recruits.map((r) => r.job)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives every account the demo password, hashed once', async () => {
    expect(agents.every((a) => a.email.endsWith('@demo.parcours.fr'))).toBe(true);
    expect(new Set(agents.map((a) => a.password_hash)).size).toBe(1);
    expect(await fastHasher.verify(agents[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('lists every account for the start-up log, the five named ones first', () => {
    const logins = demoLogins();
    expect(logins).toHaveLength(agents.length);
    expect(logins.slice(0, 5).map((l) => l.email)).toEqual(
      ['recrue', 'tuteur', 'responsable', 'territoire', 'rh'].map(demo),
    );
  });
});
