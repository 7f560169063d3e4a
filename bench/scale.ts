import autocannon from 'autocannon';
import { createSession } from '../src/server/auth/sessions';
import { PLAIN_COOKIE } from '../src/server/auth/session-cookie';
import { LARGE_DOMAIN } from '../src/server/demo/large-random';
import type { Database } from '../src/server/store/database';
import { openPglite } from '../src/server/store/pglite';
import { openPostgres } from '../src/server/store/postgres';
import { departementOnPglite, departementOnPostgres } from './lib/departement-seed';
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

interface Device {
  cookie: string;
  body: string;
}

/**
 * Issue 16, item 2: the request every device makes every minute, a pull with nothing new,
 * beside `GET /api/auth/me` (the cheapest authenticated read) in the same run, on the
 * département seed, from outside (autocannon, 20 connections, loopback), on PGlite and on
 * PostgreSQL. The devices are a mix of the seed's people (managers, territory managers,
 * mentors, recruits), each signed in and brought up to date first.
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
    const sessions = await signedIn(await open());
    const server = await startServer(setup.staticDir, setup.port, { ...env, PARCOURS_DEMO: '0' });
    try {
      const devices = await Promise.all(sessions.map((cookie) => upToDate(server.origin, cookie)));
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

/** A session for each of DEVICES agents of the seed, every role, written as a login does;
 *  their cookies. */
async function signedIn(db: Database): Promise<string[]> {
  try {
    const agents = await db.query<{ id: string }>(
      `SELECT id FROM agents
        WHERE email LIKE $1 AND NOT disabled AND NOT ('admin' = ANY(roles))
        ORDER BY md5(id::text) LIMIT $2`,
      [`%@${LARGE_DOMAIN}`, DEVICES],
    );
    const now = new Date();
    const ids = await Promise.all(agents.map((a) => createSession(db, a.id, now, 86_400_000)));
    return ids.map((id) => `${PLAIN_COOKIE}=${id}`);
  } finally {
    await db.close();
  }
}

/** The device's first sync, to the end: its pull body then has the cursor of "up to date". */
async function upToDate(origin: string, cookie: string): Promise<Device> {
  const clientId = crypto.randomUUID();
  let cursor: string | null = null;
  for (let more = true; more;) {
    const response = await fetch(`${origin}/api/sync/pull`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin },
      body: JSON.stringify({ protocol: 1, clientId, cursor }),
    });
    if (!response.ok) throw new Error(`pull: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { cursor: string; more: boolean };
    cursor = page.cursor;
    more = page.more;
  }
  return { cookie, body: JSON.stringify({ protocol: 1, clientId, cursor }) };
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
          const headers = { ...request.headers, cookie: device.cookie, origin };
          return method === 'GET'
            ? { ...request, headers }
            : {
                ...request,
                headers: { ...headers, 'content-type': 'application/json' },
                body: device.body,
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
