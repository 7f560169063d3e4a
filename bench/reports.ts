import { chromium, type Page } from '@playwright/test';
import type { Agent } from '../src/domain/organisation';
import type { BenchApi } from './app/main';
import type { ReportName } from './app/reports';
import { departementOnPglite, departementOnPostgres } from './lib/departement-seed';
import { median, type Row } from './lib/rows';
import { endpointFigures } from './report-endpoints';
import { reportScreens } from './report-screens';
import { buildApp } from '../src/server/app';
import type { Database } from '../src/server/store/database';
import { migrate } from '../src/server/store/migrate';
import { openPglite } from '../src/server/store/pglite';
import { openPostgres } from '../src/server/store/postgres';
import { advanceVersions } from '../src/server/store/timeline';

const login = { email: 'rh@demo.parcours.fr', password: 'Parcours-demo-2026' };
/** Rounds counted (one more, first, warms up and is dropped). */
const ROUNDS = Number(process.env.BENCH_REPORT_ROUNDS ?? 11);
const SCREEN_ROUNDS = Number(process.env.BENCH_REPORT_SCREEN_ROUNDS ?? 5);
const DEVICE_GOAL_MS = 300;
type Loaded = typeof globalThis & { parcoursBench: BenchApi };

export interface ReportsSetup {
  staticDir: string;
  /** The run's working directory: the seed is built there once, and copied for us. */
  work: string;
  port: number;
  chromePath: string;
}

const what: Record<ReportName, (year: number) => string> = {
  trainingDays: (year) => `training days ${year}`,
  bonuses: (year) => `bonus ledger ${year} (each month)`,
  progress: () => 'progress and retention',
};
const one = (ms: number) => Math.round(ms * 10) / 10;

/**
 * The reports' figures (issue 15, item 11) on the département-size seed (built once per run,
 * bench/lib/departement-seed.ts), for the HR admin, whose scope is the whole département:
 * each report ready on the device at 4× CPU beside the Dexie read of its rows (and each
 * screen, from the list), and each CSV endpoint beside the bare SQL read of its rows, on
 * PGlite, then on PostgreSQL when reachable. The server runs in this process (buildApp, as
 * main.ts builds it) so that the bare read goes to the very database the endpoint reads.
 */
export async function reportsRows(setup: ReportsSetup): Promise<Row[]> {
  const year = new Date().getUTCFullYear();
  const seed = await departementOnPglite(setup.work, 'reports');
  const counts = seed.summary.rows;
  const rows: Row[] = [
    {
      figure: `département seed (npm run seed:large, seed ${seed.summary.seed}): ${counts.agents} agents, ${counts.circonscriptions} circonscriptions, ${counts.paths} paths, ${counts.steps} steps, ${counts.trainings} trainings, ${seed.summary.commands} commands, s`,
      ours: one(seed.seconds),
      peer: 60,
      peerName: 'the 60 s asked for',
      goal: '< 60 s on PGlite',
      met: seed.seconds < 60,
    },
  ];
  const db = await openPglite(seed.dataDir);
  const server = await serve(db, setup);
  try {
    rows.push(...(await deviceRows(server.origin, setup.chromePath, year, counts)));
    rows.push(...(await endpointRows(server.origin, db, year, 'PGlite')));
  } finally {
    await server.close();
    await db.close();
  }
  rows.push(...(await onPostgres(setup, year)));
  return rows;
}

async function onPostgres(setup: ReportsSetup, year: number): Promise<Row[]> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const seed = await departementOnPostgres(adminUrl, 'reports');
  if ('reason' in seed) {
    const figure = 'CSV endpoints on PostgreSQL';
    return [
      {
        figure,
        ours: null,
        peer: null,
        peerName: '',
        goal: '≤ 2× bare read',
        met: false,
        na: seed.reason,
      },
    ];
  }
  try {
    const db = await openPostgres({ connectionString: seed.databaseUrl });
    const server = await serve(db, { ...setup, port: setup.port + 1 });
    try {
      return await endpointRows(server.origin, db, year, 'PostgreSQL');
    } finally {
      await server.close();
      await db.close();
    }
  } finally {
    await seed.drop();
  }
}

/** The real app over `db`, listening on loopback, started as main.ts starts it. */
async function serve(db: Database, setup: ReportsSetup) {
  await migrate(db);
  await advanceVersions(db, new Date());
  const app = await buildApp({ database: db, staticDir: setup.staticDir });
  await app.listen({ port: setup.port, host: '127.0.0.1' });
  return { origin: `http://127.0.0.1:${setup.port}`, close: () => app.close() };
}

/** Rounds of the HR admin's full copy and of its raw limit, in turns (issue 16, item 5). */
const COPY_ROUNDS = Number(process.env.BENCH_COPY_ROUNDS ?? 3);

/**
 * The HR admin's initial sync of the whole département beside the raw IndexedDB puts of the
 * same rows, in turns, the median of each (as bench/sync.ts measures the manager's); then
 * what her copy takes of the origin's storage.
 */
async function fullCopy(page: Page, agent: Agent) {
  type Timed = { ms: number; rows: number };
  const syncs: (Timed & { pages: number; pulls: number })[] = [];
  const raws: Timed[] = [];
  for (let round = 0; round < COPY_ROUNDS; round++) {
    syncs.push(
      await page.evaluate((a) => (globalThis as Loaded).parcoursBench.initialSync(a), agent),
    );
    raws.push(
      await page.evaluate(
        (id) => (globalThis as Loaded).parcoursBench.rawIdbPut(id, 'rows'),
        agent.id,
      ),
    );
  }
  const middle = <T extends Timed>(list: T[]) =>
    [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)]!;
  const storage = await page.evaluate(() => (globalThis as Loaded).parcoursBench.storageEstimate());
  return { sync: middle(syncs), raw: middle(raws), storage };
}

/** The HR admin's device: her initial sync on the bench page (no throttling), then each
 *  report ROUNDS + 1 times at 4× CPU (CDP), the first dropped; then each screen, in the app
 *  signed in through its form (bench/report-screens.ts). */
async function deviceRows(
  origin: string,
  chromePath: string,
  year: number,
  counts: Record<string, number>,
): Promise<Row[]> {
  const browser = await chromium.launch({ executablePath: chromePath });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript('globalThis.__name = (fn) => fn');
    const page = await context.newPage();
    await page.goto(`${origin}/bench.html`);
    await page.waitForFunction(() => 'parcoursBench' in globalThis);
    const agent = await page.evaluate(
      ([email, password]) => (globalThis as Loaded).parcoursBench.logIn(email, password),
      [login.email, login.password] as const,
    );
    const { sync, raw, storage } = await fullCopy(page, agent);
    const held = await page.evaluate(
      (id) => (globalThis as Loaded).parcoursBench.heldRows(id),
      agent.id,
    );
    if (held.agents !== counts.agents || held.paths !== counts.paths || held.steps !== counts.steps)
      throw new Error(
        `the device holds ${JSON.stringify(held)}, the seed ${JSON.stringify(counts)}`,
      );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
    const rows: Row[] = [
      {
        figure: `HR admin's initial sync of the whole département (${sync.rows} rows, ${sync.pages} pages, ${sync.pulls} request(s); ${Math.round(storage.usage / 1048576)} MiB stored of a ${Math.round(storage.quota / 1048576)} MiB quota), rows/s (median of ${COPY_ROUNDS})`,
        ours: perSecond(sync.rows, sync.ms),
        peer: perSecond(raw.rows, raw.ms),
        peerName:
          'raw IndexedDB puts of the same rows, one transaction, one record a row, with the indexes the screens read',
        goal: '≥ 0.8× raw (issue 16)',
        met: perSecond(sync.rows, sync.ms) >= 0.8 * perSecond(raw.rows, raw.ms),
      },
    ];
    const ready = {} as Record<ReportName, number>;
    for (const name of ['trainingDays', 'bonuses', 'progress'] as const) {
      const timed = await page.evaluate(
        ([id, report, n]) => (globalThis as Loaded).parcoursBench.reportMs(id, report, n),
        [agent.id, name, ROUNDS + 1] as const,
      );
      ready[name] = median(timed.readyMs.slice(1));
      rows.push({
        figure: `${what[name](year)} ready on the HR admin's device, whole département (${timed.rows} rows read, ${timed.lines} lines), ms (CPU 4×, median of ${ROUNDS})`,
        ours: one(ready[name]),
        peer: one(median(timed.readMs.slice(1))),
        peerName: 'the Dexie read of the same rows alone, same page',
        goal: `≤ ${DEVICE_GOAL_MS} ms`,
        met: ready[name] <= DEVICE_GOAL_MS,
      });
    }
    await context.close();
    rows.push(...(await screenRows(browser, origin, agent.id, held, ready)));
    return rows;
  } finally {
    await browser.close();
  }
}

async function screenRows(
  browser: Parameters<typeof reportScreens>[0],
  origin: string,
  agentId: string,
  held: { agents: number; paths: number; steps: number },
  ready: Record<ReportName, number>,
): Promise<Row[]> {
  const titles: Record<ReportName, string> = {
    trainingDays: 'training days screen (this year, every agent listed)',
    bonuses: 'bonuses screen (this month, its default)',
    progress: 'progress screen',
  };
  const goal = `≤ ${DEVICE_GOAL_MS} ms`;
  try {
    const screens = await reportScreens(
      browser,
      origin,
      { ...login, agentId },
      held,
      SCREEN_ROUNDS,
    );
    return (['trainingDays', 'bonuses', 'progress'] as const).flatMap((name) =>
      (['first', 'back'] as const).map((when) => ({
        figure: `${titles[name]} ${when === 'first' ? 'first opened since sign-in' : `opened again (median of ${SCREEN_ROUNDS})`} from the list /rapports, HR admin, ms (CPU 4×)`,
        ours: one(screens[name][when]),
        peer: one(ready[name]),
        peerName: 'its Dexie read + report above (bonuses: the whole year), same device',
        goal,
        met: screens[name][when] <= DEVICE_GOAL_MS,
      })),
    );
  } catch (error) {
    const na = `screens not measured: ${(error as Error).message.split('\n')[0]}`;
    return [
      {
        figure: 'report screens ready from the list',
        ours: null,
        peer: null,
        peerName: '',
        goal,
        met: false,
        na,
      },
    ];
  }
}

/** Each CSV endpoint's rows, beside the bare read of its rows; and /api/auth/me, the fixed
 *  cost any authenticated request pays here, for reference. */
async function endpointRows(origin: string, db: Database, year: number, engine: string) {
  const { endpoints, authMs } = await endpointFigures(origin, db, year, login, ROUNDS);
  const rows: Row[] = endpoints.map((e) => ({
    figure: `GET ${e.path} on ${engine}, HR admin (${e.lines} CSV lines from ${e.rows} rows), ms (median of ${ROUNDS})`,
    ours: one(e.ms),
    peer: one(e.bareMs),
    peerName: 'bare SQL read of its rows, same database, same process',
    goal: '≤ 2× bare read',
    met: e.ms <= 2 * e.bareMs,
  }));
  rows.push({
    figure: `GET /api/auth/me on ${engine}, HR admin, ms (median of ${ROUNDS})`,
    ours: one(authMs),
    peer: one(Math.min(...endpoints.map((e) => e.bareMs))),
    peerName: 'the smallest bare read above',
    goal: 'none: what any authenticated request costs here (HTTP, session), in every endpoint',
    met: true,
    info: true,
  });
  return rows;
}
