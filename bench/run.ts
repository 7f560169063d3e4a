// `npm run bench`: builds, then prints each figure beside its peer or physical limit, both
// measured in this run, as a ratio. Results also go to bench/results/latest.json.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBenchBundle } from './app-bundle';
import { frameworkFloorJs, loginRouteJs } from './bundle';
import { audit, logInAs, medianScores, type Scores } from './lighthouse';
import { formatRow, type Row } from './lib/rows';
import { embeddedDatabase, postgresDatabase, type BenchDatabase } from './lib/databases';
import { dropDepartementSeed } from './lib/departement-seed';
import { startServer } from './lib/server';
import { pouchFigures, type PouchFigures } from './pouch';
import { recruitScreens } from './recruit';
import { remindersRows } from './reminders';
import { reportsRows } from './reports';
import { loadRows } from './load';
import { scaleRows } from './scale';
import { supervisorsRows } from './supervisor-rows';
import { syncFigures, type SyncFigures } from './sync';
import { welcomeFilesRows } from './welcome-files';
import { welcomeScreenRows } from './welcome-screen';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const rows: Row[] = [];
let staticPage: Scores | undefined;
// BENCH_ONLY=bundle,lighthouse,recruit,sync,pouch,supervisors,reports,reminders,scale,load,welcome runs some sections (all by default).
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const wanted = (section: string) => only.size === 0 || only.has(section);
const perSecond = (rowCount: number, ms: number) => Math.round((rowCount / ms) * 1000);

execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
const work = mkdtempSync(join(tmpdir(), 'parcours-bench-'));
const staticDir = join(work, 'static');
cpSync('dist', staticDir, { recursive: true });
cpSync('bench/floor-page/floor.html', join(staticDir, 'floor.html'));
await buildBenchBundle(staticDir);
const port = Number(process.env.BENCH_PORT ?? 8190);
// The demo plus enough recruits in Saint-Denis for the manager's pull to carry 10,000 rows,
// on the embedded database; the sync figures also on PostgreSQL, production's engine, when
// BENCH_DATABASE_URL (or the default local URL) reaches a server.
const embedded = await embeddedDatabase(join(work, 'data'), 10_000);
const server = await startServer(staticDir, port, embedded.env);

try {
  if (wanted('bundle')) await bundleRows();
  if (wanted('lighthouse')) await lighthouseRows();
  if (wanted('recruit')) await recruitRows();
  if (wanted('sync')) await syncRows();
  // On a database and server of their own (port + 2), started for them.
  if (wanted('supervisors')) {
    const setup = { staticDir, dataDir: join(work, 'supervisors'), chromePath, runs, staticPage };
    rows.push(...(await supervisorsRows({ ...setup, port: port + 2 })));
  }
  // On the département-size seed, built once for the run (ports + 3 and + 4).
  if (wanted('reports'))
    rows.push(...(await reportsRows({ staticDir, work, port: port + 3, chromePath })));
  // The reminders pass over the département-size seed (issue 17), in this process.
  if (wanted('reminders')) rows.push(...(await remindersRows(work)));
  // The département's devices against the server, from outside (issue 16; port + 5).
  if (wanted('scale')) rows.push(...(await scaleRows({ staticDir, work, port: port + 5 })));
  // A minute of the département's 1,200 devices, on one worker then two (port + 6).
  if (wanted('load')) rows.push(...(await loadRows({ staticDir, port: port + 6 })));
  // A 20 MB video kept for offline use (issue 18), on the main server.
  if (wanted('welcome')) {
    rows.push(...(await welcomeScreenRows(server.origin, chromePath)));
    rows.push(...(await welcomeFilesRows(server.origin, chromePath)));
  }
} finally {
  await server.stop();
  await dropDepartementSeed();
  rmSync(work, { recursive: true, force: true });
}

async function bundleRows() {
  const ours = await loginRouteJs(server.origin, chromePath);
  const floor = await frameworkFloorJs(join(work, 'floor-app'));
  rows.push({
    figure: 'login route JS, KiB gzip',
    ours,
    peer: floor,
    peerName: 'React+router+i18next+Dexie floor',
    goal: '≤ 170 KiB',
    met: ours <= 170,
  });
}

async function lighthouseRows() {
  staticPage = await medianScores(runs, () => audit(`${server.origin}/floor.html`, chromePath));
  const login = await medianScores(runs, () => audit(`${server.origin}/`, chromePath));
  const home = await medianScores(runs, () =>
    audit(`${server.origin}/`, chromePath, logInAs(server.origin, 'recrue@demo.parcours.fr')),
  );
  for (const [screen, scores] of [
    ['login', login],
    ['home (recruit)', home],
  ] as const) {
    rows.push({
      figure: `Lighthouse performance, ${screen}`,
      ours: scores.performance,
      peer: staticPage.performance,
      peerName: 'static HTML page, same server',
      goal: '≥ 95',
      met: scores.performance >= 95,
    });
    rows.push({
      figure: `Lighthouse accessibility, ${screen}`,
      ours: scores.accessibility,
      peer: staticPage.accessibility,
      peerName: 'static HTML page, same server',
      goal: '= 100',
      met: scores.accessibility === 100,
    });
  }
}

async function recruitRows() {
  const recruit = await recruitScreens(server.origin, chromePath);
  rows.push({
    figure: `"Mon parcours" ready on coming back, ${recruit.steps} steps ("Fait" folded, its items render on opening), ms (CPU 4×, median)`,
    ours: recruit.renderMs,
    peer: recruit.queryMs,
    peerName: 'Dexie query of the same rows, same page',
    goal: 'render ≤ 50 ms',
    met: recruit.renderMs <= 50,
  });
  for (const [p, value, goal] of [
    [50, recruit.tapP50, 16],
    [95, recruit.tapP95, 50],
  ] as const) {
    rows.push({
      figure: `tap → label updated, p${p} of ${recruit.taps}, ms (CPU 4×)`,
      ours: value,
      peer: recruit.frameMs,
      peerName: 'one rAF-to-next-frame interval, same page',
      goal: `≤ ${goal} ms`,
      met: value <= goal,
    });
  }
}

async function syncRows() {
  const onEmbedded = await syncFigures(server.origin, chromePath);
  // PouchDB replicates the rows our pull just brought (the earlier sections add a few).
  const pouch = wanted('pouch')
    ? await pouchFigures(server.origin, chromePath, onEmbedded.pull.rows)
    : { reason: 'not run (BENCH_ONLY)' };
  syncRowsOn(embedded, onEmbedded, pouch);
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const postgres = await postgresDatabase(adminUrl, 10_000);
  if ('reason' in postgres) {
    rows.push({ ...naRow('initial sync on PostgreSQL', '≥ 0.8× raw'), na: postgres.reason });
    return;
  }
  try {
    const onPostgres = await startServer(staticDir, port + 1, postgres.env);
    try {
      syncRowsOn(postgres, await syncFigures(onPostgres.origin, chromePath), pouch);
    } finally {
      await onPostgres.stop();
    }
  } finally {
    await postgres.drop();
  }
}

function naRow(figure: string, goal: string): Row {
  return { figure, ours: null, peer: null, peerName: '', goal, met: false };
}

/** The rows of the sync figures measured against a server on `database`. */
function syncRowsOn(database: BenchDatabase, sync: SyncFigures, pouch: PouchFigures) {
  const on = `on ${database.name}`;
  const oursRate = perSecond(sync.pull.rows, sync.pull.ms);
  const raw = perSecond(sync.raw.rows.rows, sync.raw.rows.ms);
  const bare = perSecond(sync.raw.bare.rows, sync.raw.bare.ms);
  const records = perSecond(sync.raw.records.rows, sync.raw.records.ms);
  rows.push(
    {
      figure: `initial sync ${on}, ${sync.pull.rows} rows (${database.rows} counted at seed), ${sync.pull.pages} pages in ${sync.pull.pulls} pull request(s), rows/s`,
      ours: oursRate,
      peer: raw,
      peerName:
        'raw IndexedDB puts, one transaction, one record a row, with the indexes the screens read',
      goal: '≥ 0.8× raw',
      met: oursRate >= 0.8 * raw,
    },
    {
      figure: `initial sync ${on}, rows/s`,
      ours: oursRate,
      peer: bare,
      peerName: 'the same puts into bare stores, without the indexes the screens read',
      goal: 'none: the floor of one record a row, for no app that queries its rows',
      met: true,
      info: true,
    },
    {
      figure: `initial sync ${on}, rows/s`,
      ours: oursRate,
      peer: records,
      peerName: "raw puts of our own records (a path's steps in one) into the app's schema",
      goal: 'none: the limit of our layout, what our sync itself costs',
      met: true,
      info: true,
    },
  );
  const pouchGoal = '≥ 5× PouchDB';
  rows.push(
    'reason' in pouch
      ? { ...naRow(`initial sync ${on} vs PouchDB replication`, pouchGoal), na: pouch.reason }
      : {
          // How close 5× PouchDB comes to the one-record-a-row limit of the same run: above
          // 1×, no sync that writes a record a row can reach it.
          figure: `initial sync ${on} vs PouchDB replication of ${pouch.docs} docs (5× it is ${((5 * perSecond(pouch.docs, pouch.ms)) / raw).toFixed(2)}× the raw limit), rows/s`,
          ours: oursRate,
          peer: perSecond(pouch.docs, pouch.ms),
          peerName: 'express-pouchdb (memory) → pouchdb-browser, loopback',
          goal: pouchGoal,
          met: oursRate >= 5 * perSecond(pouch.docs, pouch.ms),
        },
  );
  pushRow(sync, on);
}

function pushRow(sync: SyncFigures, on: string) {
  rows.push({
    figure: `push of ${sync.push.queued} queued mutations ${on}, ms (${sync.push.requests} requests, ${Math.round(sync.push.bytes / 1024)} KiB)`,
    ours: sync.push.ms,
    peer: sync.replay.ms,
    peerName: 'the same requests replayed: all duplicates, no command run',
    goal: '≤ 3 requests, ≤ 1000 ms',
    met: sync.push.requests <= 3 && sync.push.ms <= 1000,
  });
}

console.log(`\nParcours bench (${runs} Lighthouse runs each, median; default mobile profile)\n`);
for (const row of rows) console.log(formatRow(row));
if (only.size === 0) {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify(rows, null, 2));
}
