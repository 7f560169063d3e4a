import autocannon from 'autocannon';
import type { Database } from '../src/server/store/database';
import { openPglite } from '../src/server/store/pglite';
import { openPostgres } from '../src/server/store/postgres';
import { departementOnPglite, departementOnPostgres } from './lib/departement-seed';
import { upToDateDevices, type Device } from './lib/devices';
import { median, type Row } from './lib/rows';
import { startServer } from './lib/server';

/** Devices that pull, each its own agent, session and client id. */
const DEVICES = Number(process.env.BENCH_SCALE_DEVICES ?? 200);
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 8);
/** Each load taken this many times, in turns with its peer; the median counts. */
const TURNS = 3;

export interface ScaleSetup {
  staticDir: string;
  work: string;
  port: number;
}

/**
 * Issue 16, item 2: the request every device makes every minute, a pull with nothing new,
 * beside `GET /api/auth/me` (the cheapest authenticated read) in the same run, on the
 * département seed, from outside (autocannon, 20 connections, loopback), on PGlite and on
 * PostgreSQL. The devices are a mix of the seed's people (managers, territory managers,
 * mentors, recruits), each signed in and up to date (bench/lib/devices.ts).
 */
export async function scaleRows(setup: ScaleSetup): Promise<Row[]> {
  const rows: Row[] = [];
  const embedded = await departementOnPglite(setup.work, 'scale');
  rows.push(
    ...(await measure('PGlite', () => openPglite(embedded.dataDir), {
      PARCOURS_DATA_DIR: embedded.dataDir,
    })),
  );
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const onServer = await departementOnPostgres(adminUrl, 'scale');
  if ('reason' in onServer) {
    const figure = 'empty incremental pull on PostgreSQL, req/s';
    rows.push({ figure, ours: null, peer: null, peerName: '', goal: '≥ 0.3×', met: false });
    return rows;
  }
  try {
    const url = onServer.databaseUrl;
    rows.push(
      ...(await measure('PostgreSQL', () => openPostgres({ connectionString: url }), {
        DATABASE_URL: url,
      })),
    );
  } finally {
    await onServer.drop();
  }
  return rows;

  async function measure(
    engine: string,
    open: () => Promise<Database>,
    env: Record<string, string>,
  ): Promise<Row[]> {
    const db = await open();
    const devices = await upToDateDevices(db, DEVICES).finally(() => db.close());
    const server = await startServer(setup.staticDir, setup.port, { ...env, PARCOURS_DEMO: '0' });
    console.error(`scale: ${devices.length} devices up to date on ${engine}`);
    try {
      const me: Load[] = [];
      const pulls: Load[] = [];
      for (let turn = 0; turn < TURNS; turn++) {
        me.push(await load(server.origin, devices, 'GET', '/api/auth/me'));
        pulls.push(await load(server.origin, devices, 'POST', '/api/sync/pull'));
      }
      const [mine, peer] = [middle(pulls), middle(me)];
      const errors = [...me, ...pulls].reduce((sum, run) => sum + run.errors, 0);
      return [
        {
          figure: `empty incremental pull on ${engine}, ${devices.length} devices, ${CONNECTIONS} connections, req/s (p50 ${mine.p50} ms, p99 ${mine.p99} ms; /me p50 ${peer.p50} ms, p99 ${peer.p99} ms; ${errors} errors)`,
          ours: mine.rps,
          peer: peer.rps,
          peerName: 'GET /api/auth/me, same devices, same run',
          goal: '≥ 0.3× and no error',
          met: mine.rps >= 0.3 * peer.rps && errors === 0,
        },
      ];
    } finally {
      await server.stop();
    }
  }
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const middle = (runs: Load[]): Load => {
  const rps = median(runs.map((run) => run.rps));
  return runs.find((run) => run.rps === rps) ?? runs[0]!;
};

/** SECONDS of `method path` over CONNECTIONS connections, the devices in turn. */
async function load(
  origin: string,
  devices: Device[],
  method: 'GET' | 'POST',
  path: string,
): Promise<Load> {
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method,
        path,
        setupRequest: (request) => {
          const device = devices[next++ % devices.length]!;
          const body = JSON.stringify({
            protocol: 1,
            clientId: device.clientId,
            cursor: device.cursor,
          });
          const headers = { ...request.headers, cookie: device.cookie, origin };
          return method === 'GET'
            ? { ...request, headers }
            : {
                ...request,
                headers: { ...headers, 'content-type': 'application/json' },
                body,
              };
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
