// `npm run bench`: builds, then prints each figure beside its peer or physical limit, both
// measured in this run, as a ratio. Results also go to bench/results/latest.json.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frameworkFloorJs, loginRouteJs } from './bundle';
import { audit, logInAs, medianScores } from './lighthouse';
import { startServer } from './lib/server';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.BENCH_RUNS ?? 3);

interface Row {
  figure: string;
  ours: number;
  peer: number;
  peerName: string;
  goal: string;
  met: boolean;
}

const rows: Row[] = [];
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
const work = mkdtempSync(join(tmpdir(), 'parcours-bench-'));
const staticDir = join(work, 'static');
cpSync('dist', staticDir, { recursive: true });
cpSync('bench/floor-page/floor.html', join(staticDir, 'floor.html'));
const server = await startServer(staticDir, Number(process.env.BENCH_PORT ?? 8190));

try {
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

  const staticPage = await medianScores(runs, () =>
    audit(`${server.origin}/floor.html`, chromePath),
  );
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
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nParcours bench (${runs} Lighthouse runs each, median; default mobile profile)\n`);
for (const row of rows) {
  const ratio = row.peer ? row.ours / row.peer : Number.NaN;
  console.log(
    `${row.met ? 'ok  ' : 'MISS'} ${row.figure}: ${fmt(row.ours)} vs ${fmt(row.peer)} ` +
      `(${row.peerName}) → ratio ${ratio.toFixed(2)}; goal ${row.goal}`,
  );
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(rows, null, 2));
