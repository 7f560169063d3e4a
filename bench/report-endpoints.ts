import type { ReportName } from './app/reports';
import { bareReads } from './lib/report-reads';
import { median } from './lib/rows';
import type { Database } from '../src/server/store/database';

export interface EndpointFigure {
  name: ReportName;
  path: string;
  /** The request, over HTTP on loopback, body read: ms, median. */
  ms: number;
  /** The bare SQL read of its rows: ms, median. */
  bareMs: number;
  /** CSV lines (header and blank lines excepted), and rows the bare read returned. */
  lines: number;
  rows: number;
}

/** As the endpoints read (src/server/routes/reports.ts): one read-only snapshot. */
const snapshot = { isolation: 'readOnlySnapshot' } as const;

const endpoints: readonly {
  name: ReportName;
  path: (year: number) => string;
  bare: (db: Database, year: number) => Promise<number>;
}[] = [
  {
    name: 'trainingDays',
    path: (year) => `/api/reports/training-days.csv?year=${year}`,
    bare: (db, year) => db.transaction((tx) => bareReads.trainingDays(tx, year), snapshot),
  },
  {
    name: 'bonuses',
    path: (year) => `/api/reports/bonuses.csv?year=${year}`,
    bare: (db, year) => db.transaction((tx) => bareReads.bonuses(tx, year), snapshot),
  },
  {
    name: 'progress',
    path: () => '/api/reports/progress.csv',
    bare: (db, year) => db.transaction((tx) => bareReads.progress(tx, year), snapshot),
  },
];

/** Each CSV endpoint as `login` asks it, beside the bare read of its rows on the same
 *  database handle, in turns (the order changes each round; round 0 warms up, dropped);
 *  and GET /api/auth/me, what any authenticated request costs here. */
export async function endpointFigures(
  origin: string,
  db: Database,
  year: number,
  login: { email: string; password: string },
  rounds: number,
): Promise<{ endpoints: EndpointFigure[]; authMs: number }> {
  const cookie = await logIn(origin, login);
  const figures: EndpointFigure[] = [];
  const auth: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const start = performance.now();
    await (await fetch(`${origin}/api/auth/me`, { headers: { cookie } })).text();
    if (round > 0) auth.push(performance.now() - start);
  }
  for (const endpoint of endpoints) {
    const path = endpoint.path(year);
    const served: number[] = [];
    const bare: number[] = [];
    let lines = 0;
    let rows = 0;
    for (let round = 0; round <= rounds; round++) {
      const turns = [
        async () => {
          const start = performance.now();
          const response = await fetch(`${origin}${path}`, { headers: { cookie } });
          const text = await response.text();
          if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
          if (round > 0) served.push(performance.now() - start);
          lines = text.split('\n').filter((line) => line.trim() !== '').length - 1;
        },
        async () => {
          const start = performance.now();
          rows = await endpoint.bare(db, year);
          if (round > 0) bare.push(performance.now() - start);
        },
      ];
      for (const turn of round % 2 === 0 ? turns : turns.reverse()) await turn();
    }
    figures.push({
      name: endpoint.name,
      path,
      ms: median(served),
      bareMs: median(bare),
      lines,
      rows,
    });
  }
  return { endpoints: figures, authMs: median(auth) };
}

/** A session cookie for `email`. */
async function logIn(origin: string, login: { email: string; password: string }) {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  if (!response.ok) throw new Error(`login answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}
