import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/seed';

// WEB_CONCURRENCY=2 for real (src/server/workers.ts): the server's own entry point, its
// primary and two workers over a PostgreSQL database of its own; a worker killed -9 is
// replaced, and nothing it acknowledged is lost.
const url = process.env.TEST_DATABASE_URL;

/** The pids of a process's children. */
const childrenOf = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const until = async (what: string, ok: () => boolean | Promise<boolean>, ms = 30_000) => {
  for (const deadline = Date.now() + ms; !(await ok());) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe.runIf(url)('the server on two workers', () => {
  const database = `parcours_workers_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  let server: ChildProcess;
  let origin: string;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const databaseUrl = new URL(url!);
    databaseUrl.pathname = `/${database}`;
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl.toString(),
        WEB_CONCURRENCY: '2',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    exited = new Promise((resolve) => server.once('exit', resolve));
    await until('two healthy workers', async () => {
      if (childrenOf(server.pid!).length < 2) return false;
      return (await fetch(`${origin}/api/health`).catch(() => null))?.ok === true;
    });
  }, 60_000);

  afterAll(async () => {
    if (server.exitCode === null) server.kill('SIGKILL');
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  it('serves, survives a worker killed -9 without losing what it acknowledged, then stops', async () => {
    const login = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'recrue@demo.parcours.fr', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const clientId = randomUUID();
    const sync = (path: string, body: object) =>
      fetch(`${origin}/api/sync/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ protocol: 1, clientId, ...body }),
      });
    const first = (await (await sync('pull', { cursor: null })).json()) as {
      changes: { entity: string; row: { id: string; kind?: string } }[];
    };
    const step = first.changes.find((c) => c.entity === 'step' && c.row.kind === 'admin')!;
    const mutation = {
      id: 1,
      name: 'step.setDone',
      args: { stepId: step.row.id, done: true },
      createdAt: new Date().toISOString(),
    };
    expect((await sync('push', { mutations: [mutation] })).status).toBe(200);

    const [victim] = childrenOf(server.pid!);
    process.kill(victim!, 'SIGKILL');
    await until('a replacement worker', () => {
      const now = childrenOf(server.pid!);
      return now.length === 2 && !now.includes(victim!);
    });
    // A replacement exists before it listens, and the other worker may itself have been
    // still starting when its sibling died (no worker listening: the port refuses for a
    // moment). Clients retry on their own; this one waits for an answer, then asks.
    await until('served again', async () => {
      return (await fetch(`${origin}/api/health`).catch(() => null))?.ok === true;
    });
    for (let i = 0; i < 10; i++) {
      const again = await sync('pull', { cursor: null });
      expect(again.status).toBe(200);
      expect(((await again.json()) as { lastMutationId: number }).lastMutationId).toBe(1);
    }

    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('refuses two workers on the embedded database, naming the variable', () => {
    const refused = (() => {
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
          env: { ...process.env, WEB_CONCURRENCY: '2', DATABASE_URL: '', PORT: '0' },
          stdio: 'pipe',
          encoding: 'utf8',
        });
        return '';
      } catch (error) {
        return String((error as { stderr: string }).stderr);
      }
    })();
    expect(refused).toMatch(/WEB_CONCURRENCY: several processes need PostgreSQL/);
  });
});
