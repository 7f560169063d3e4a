import { chromium, type Page } from '@playwright/test';
import type { BenchApi, RawStores } from './app/main';
import { MANAGER } from './lib/seed';

export interface SyncFigures {
  /** Our initial sync (SyncEngine + httpTransport into a fresh Dexie database), median of
   *  ROUNDS taken in turns with the raw limit's. */
  pull: { ms: number; rows: number; pulls: number; pages: number; state: string };
  /** The same rows put in one readwrite transaction into a fresh raw IndexedDB database:
   *  one record a row with the indexes the screens need (`rows`) or none (`bare`), and the
   *  records our sync writes, a path's steps in one (`records`). */
  raw: Record<RawStores, { ms: number; rows: number }>;
  /** pushOutbox of `queued` mutations made by the real execute. */
  push: { ms: number; requests: number; bytes: number; notices: number; queued: number };
  /** The same push requests again: same bytes, every mutation a duplicate. */
  replay: { ms: number; requests: number; bytes: number; duplicates: number };
}

type Loaded = typeof globalThis & { parcoursBench: BenchApi };
type Timed = { ms: number; rows: number };

const rawPut = (page: Page, agentId: string, stores: RawStores): Promise<Timed> =>
  page.evaluate(([id, into]) => (globalThis as Loaded).parcoursBench.rawIdbPut(id, into), [
    agentId,
    stores,
  ] as const);
const MUTATIONS = 1000;
// BENCH_SYNC_ROUNDS=11 for a steadier median when comparing two versions of the sync.
const ROUNDS = Number(process.env.BENCH_SYNC_ROUNDS ?? 7);

/** The run whose `ms` is the median. */
function medianBy<T>(runs: T[], ms: (run: T) => number): T {
  return [...runs].sort((a, b) => ms(a) - ms(b))[Math.floor(runs.length / 2)]!;
}

/** The manager's initial sync and a 1,000-mutation push, in headless Chromium (no CPU
 *  throttling: both sides of each ratio run in the same page), on the bench page. */
export async function syncFigures(origin: string, chromiumPath: string): Promise<SyncFigures> {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript('globalThis.__name = (fn) => fn');
    const page = await context.newPage();
    await page.goto(`${origin}/bench.html`);
    await page.waitForFunction(() => 'parcoursBench' in globalThis);
    const agent = await page.evaluate(
      (email) => (globalThis as Loaded).parcoursBench.logIn(email, 'Parcours-demo-2026'),
      MANAGER,
    );
    // Ours and the raw limits in turns, the median of each: IndexedDB's speed drifts within
    // a run (the browser compacts its files after big writes), and turns share the drift;
    // the order turns each round, so that none always follows the same one.
    // Round 0 warms all up and is not counted: a server just started compiles its code on
    // the first pull, which then takes twice as long as the next ones.
    const ours: SyncFigures['pull'][] = [];
    const raws: Record<RawStores, Timed[]> = { rows: [], bare: [], records: [] };
    const turns = [
      async () => {
        const run = await page.evaluate(
          (a) => (globalThis as Loaded).parcoursBench.initialSync(a),
          agent,
        );
        if (run.state !== 'idle') throw new Error(`the initial sync ended ${run.state}`);
        ours.push(run);
      },
      ...(['rows', 'bare', 'records'] as const).map(
        (stores) => async () => raws[stores].push(await rawPut(page, agent.id, stores)),
      ),
    ];
    // Round 0 starts with ours: the raw puts copy the rows our sync brought.
    for (let round = 0; round <= ROUNDS; round++)
      for (let i = 0; i < turns.length; i++) await turns[(round + i) % turns.length]!();
    const counted = <T extends Timed>(runs: T[]) => medianBy(runs.slice(1), (r) => r.ms);
    const pull = counted(ours);
    const raw = {
      rows: counted(raws.rows),
      bare: counted(raws.bare),
      records: counted(raws.records),
    };
    const { queued } = await page.evaluate(
      ([a, n]) => (globalThis as Loaded).parcoursBench.queueMutations(a, n),
      [agent, MUTATIONS] as const,
    );
    const push = await page.evaluate(
      (id) => (globalThis as Loaded).parcoursBench.push(id),
      agent.id,
    );
    const replay = await page.evaluate(() => (globalThis as Loaded).parcoursBench.replayPush());
    if (replay.duplicates !== queued) throw new Error(`${replay.duplicates} duplicates replayed`);
    return { pull, raw, push: { ...push, queued }, replay };
  } finally {
    await browser.close();
  }
}
