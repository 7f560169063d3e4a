import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';
import { openPostgres } from '../src/server/store/postgres';
import { silenceMs } from '../src/sync/transport';
import { departementOnPostgres } from './lib/departement-seed';
import { upToDateDevices, type Device } from './lib/devices';
import { percentile, type Row } from './lib/rows';
import { startServer } from './lib/server';

/** The window every device pulls once in (a minute of the département), in seconds. */
const WINDOW_S = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const DEVICES = 1200;
const PUSHERS = 50;
const MUTATIONS = 20;
const MANAGERS = 5;

export interface LoadSetup {
  staticDir: string;
  port: number;
}

type Kind = 'pull' | 'push' | 'dashboard';

/** What one window measured: latencies of the answers by kind, failed attempts (each then
 *  retried), and per mutation how many answers said "applied", and whether one said
 *  "applied" or "duplicate" (a retry whose first answer was lost hears "duplicate"). */
interface Measured {
  ms: Record<Kind, number[]>;
  failures: number;
  /** Of those, the answers of a saturated server: 503 or no answer in time. */
  saturated: number;
  applied: Map<string, number>;
  acknowledged: Set<string>;
  said: Set<string>;
}

/**
 * Issue 16, item 4: the département's devices against the real server on PostgreSQL, from
 * outside and on loopback, with one worker then two (WEB_CONCURRENCY). In one window every
 * device pulls once, at a moment of its own; 50 of them push 20 mutations each (5 a
 * request); 5 managers load their dashboards' data (a full pull) every 10 s. With two
 * workers, one is killed -9 half-way. Each figure beside `GET /api/auth/me` in the same run.
 */
export async function loadRows(setup: LoadSetup): Promise<Row[]> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const rows: Row[] = [];
  for (const workers of [1, 2]) {
    const seed = await departementOnPostgres(adminUrl, `load${workers}`);
    if ('reason' in seed) {
      const figure = `load of ${DEVICES} devices on ${workers} worker(s)`;
      return [
        { figure, ours: null, peer: null, peerName: '', goal: '', met: false, na: seed.reason },
      ];
    }
    try {
      rows.push(...(await oneRun(setup, seed.databaseUrl, workers)));
    } finally {
      await seed.drop();
    }
  }
  return rows;
}

async function oneRun(setup: LoadSetup, databaseUrl: string, workers: number): Promise<Row[]> {
  const people = await signedIn(databaseUrl);
  const server = await startServer(setup.staticDir, setup.port, {
    DATABASE_URL: databaseUrl,
    PARCOURS_DEMO: '0',
    WEB_CONCURRENCY: String(workers),
  });
  try {
    const origin = server.origin;
    const devices = people.devices;
    console.error(`load: ${devices.length} devices up to date, ${workers} worker(s)`);
    const me = await authMe(origin, devices);
    const measured = await window(origin, people, workers > 1 ? server.pid : undefined);
    const trainings = await countTrainings(databaseUrl, people.pushers);
    const on = `${workers} worker(s), PostgreSQL`;
    const p = (kind: Kind, q: number) => Math.round(percentile(measured.ms[kind], q));
    const expected = PUSHERS * MUTATIONS;
    const twice = [...measured.applied.values()].filter((n) => n > 1).length;
    const acknowledged = measured.acknowledged.size;
    const exactlyOnce = acknowledged === expected && twice === 0 && trainings === expected;
    const killed = workers > 1 ? ', one worker killed -9 half-way' : '';
    return [
      {
        figure: `load on ${on}${killed}: ${DEVICES} devices pulling once in ${WINDOW_S} s, ${PUSHERS}×${MUTATIONS} mutations, ${MANAGERS} dashboards every 10 s: pull p50 ms (p99 ${p('pull', 99)}; push p50 ${p('push', 50)}, p99 ${p('push', 99)}; dashboard p50 ${p('dashboard', 50)}, p99 ${p('dashboard', 99)})`,
        ours: p('pull', 50),
        peer: me.p50,
        peerName: `GET /api/auth/me p50 (p99 ${me.p99} ms, ${me.rps} req/s at 20 connections), same run`,
        goal: 'none: the latencies a département sees',
        met: true,
        info: true,
      },
      {
        figure: `load on ${on}${killed}: failed requests (each retried by its device until answered; ${measured.saturated} of them 503 or timed out, the server saturated)`,
        ours: measured.failures,
        peer: measured.ms.pull.length + measured.ms.push.length + measured.ms.dashboard.length,
        peerName: 'requests answered',
        goal: workers > 1 ? 'only connections the killed worker held: no 503, no timeout' : '0',
        met: workers > 1 ? measured.saturated === 0 : measured.failures === 0,
      },
      {
        figure: `load on ${on}${killed}: mutations acknowledged (${twice} applied twice; ${trainings} of their trainings in the database)`,
        ours: acknowledged,
        peer: expected,
        peerName: 'mutations sent',
        goal: 'all, none twice, none lost',
        met: exactlyOnce,
      },
    ];
  } finally {
    await server.stop();
  }
}

/** DEVICES up-to-date devices of the seed (bench/lib/devices.ts); PUSHERS recruits among
 *  them push, MANAGERS managers load their dashboards. */
async function signedIn(databaseUrl: string) {
  const db = await openPostgres({ connectionString: databaseUrl });
  try {
    const devices = await upToDateDevices(db, DEVICES);
    const has = (role: string) => devices.filter((device) => device.roles.includes(role));
    return {
      devices,
      pushers: has('recruit').slice(0, PUSHERS),
      managers: has('manager').slice(0, MANAGERS),
    };
  } finally {
    await db.close();
  }
}

type People = Awaited<ReturnType<typeof signedIn>>;

const post = (origin: string, device: Device, path: string, body: object) =>
  fetch(`${origin}/api/sync/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: device.cookie },
    body: JSON.stringify({ protocol: 1, ...body }),
    // As the app's transport gives up on a silent connection (src/sync/transport.ts).
    signal: AbortSignal.timeout(silenceMs),
  });

/** Pulls until nothing more follows; the last cursor. */
async function pullToEnd(
  origin: string,
  device: Device,
  cursor: string | null,
  clientId = device.clientId,
) {
  for (let more = true; more;) {
    const response = await post(origin, device, 'pull', { clientId, cursor });
    if (!response.ok) throw new Error(`pull ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { cursor: string; more: boolean };
    cursor = page.cursor;
    more = page.more;
  }
  return cursor;
}

async function authMe(origin: string, devices: Device[]) {
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections: 20,
    duration: 5,
    requests: [
      {
        path: '/api/auth/me',
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, cookie: devices[next++ % devices.length]!.cookie },
        }),
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
  };
}

/** One window: every device's pull at its moment, the pushes, the dashboards, the kill. */
async function window(origin: string, people: People, serverPid?: number): Promise<Measured> {
  const measured: Measured = {
    ms: { pull: [], push: [], dashboard: [] },
    failures: 0,
    saturated: 0,
    applied: new Map(),
    acknowledged: new Set(),
    said: new Set(),
  };
  const start = performance.now();
  const at = (fraction: number) =>
    new Promise((resolve) => setTimeout(resolve, fraction * WINDOW_S * 1000));
  /** Until answered: a failure (refused, cut, 5xx) is counted and tried again a second on. */
  const untilAnswered = async (kind: Kind, send: () => Promise<void>) => {
    for (;;) {
      const sent = performance.now();
      try {
        await send();
        measured.ms[kind].push(performance.now() - sent);
        return;
      } catch (error) {
        // Said once per kind and message: a refusal that repeats would never end the window.
        const said = `${kind}: ${(error as Error).message}`;
        if (!measured.said.has(said)) console.error(`load: ${said} (tried again)`);
        measured.said.add(said);
        measured.failures++;
        if (/ 503 |timeout/i.test((error as Error).message)) measured.saturated++;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  };
  const pulls = people.devices.map(async (device) => {
    await at(Math.random());
    await untilAnswered('pull', async () => {
      device.cursor = await pullToEnd(origin, device, device.cursor);
    });
  });
  const pushes = people.pushers.map(async (device) => {
    const batches = 4;
    for (let batch = 0; batch < batches; batch++) {
      await at(Math.random() / batches);
      const mutations = Array.from({ length: MUTATIONS / batches }, (_, i) => ({
        id: batch * (MUTATIONS / batches) + i + 1,
        name: 'training.record',
        args: {
          id: trainingId(device, batch * (MUTATIONS / batches) + i + 1),
          agentId: device.agentId,
          date: new Date().toISOString().slice(0, 10),
          title: 'Formation (bench)',
          days: 0.5,
        },
        createdAt: new Date().toISOString(),
      }));
      await untilAnswered('push', async () => {
        const response = await post(origin, device, 'push', {
          clientId: device.clientId,
          mutations,
        });
        if (!response.ok) throw new Error(`push ${response.status} ${await response.text()}`);
        const answer = (await response.json()) as { results: { id: number; status: string }[] };
        for (const result of answer.results) {
          const key = `${device.clientId}:${result.id}`;
          if (result.status === 'applied' || result.status === 'duplicate')
            measured.acknowledged.add(key);
          measured.applied.set(
            key,
            (measured.applied.get(key) ?? 0) + (result.status === 'applied' ? 1 : 0),
          );
        }
      });
    }
  });
  const dashboards = people.managers.map(async (device) => {
    for (let t = 0; t < WINDOW_S; t += 10) {
      await untilAnswered('dashboard', async () => {
        await pullToEnd(origin, device, null, crypto.randomUUID());
      });
      const wait = start + (t + 10) * 1000 - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  });
  if (serverPid !== undefined) {
    await at(0.5);
    const [victim] = execFileSync('pgrep', ['-P', String(serverPid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    process.kill(Number(victim), 'SIGKILL');
  }
  await Promise.all([...pulls, ...pushes, ...dashboards]);
  return measured;
}

/** A training id of its own for each mutation of each pusher. */
const trainingId = (device: Device, n: number) =>
  `${device.clientId.slice(0, 24)}${String(n).padStart(12, '0')}`;

async function countTrainings(databaseUrl: string, pushers: Device[]): Promise<number> {
  const db = await openPostgres({ connectionString: databaseUrl });
  try {
    const ids = pushers.flatMap((d) =>
      Array.from({ length: MUTATIONS }, (_, i) => trainingId(d, i + 1)),
    );
    const [row] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM trainings WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return row?.n ?? 0;
  } finally {
    await db.close();
  }
}
