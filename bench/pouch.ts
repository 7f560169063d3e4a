import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import type { BenchApi } from './app/main';
import { MANAGER } from './lib/seed';

type Loaded = typeof globalThis & { parcoursBench: BenchApi };
export type PouchFigures = { ms: number; docs: number } | { reason: string };

/** The rows the manager's initial sync carries, read through our own pull (Node side). */
async function managerRows(origin: string): Promise<object[]> {
  const login = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: MANAGER, password: 'Parcours-demo-2026' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const clientId = randomUUID();
  const docs = new Map<string, object>();
  for (let cursor: string | null = null, more = true; more;) {
    const response = await fetch(`${origin}/api/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ protocol: 1, clientId, cursor }),
    });
    const page = (await response.json()) as {
      cursor: string;
      more: boolean;
      changes: { entity: string; id: string; row?: object }[];
    };
    for (const change of page.changes) {
      const _id = `${change.entity}:${change.id}`;
      if (change.row) docs.set(_id, { _id, entity: change.entity, ...change.row });
    }
    cursor = page.cursor;
    more = page.more;
  }
  return [...docs.values()];
}

/** express-pouchdb over in-memory PouchDB, on loopback, holding `docs`; CORS for `origin`. */
async function startPouchServer(docs: object[]): Promise<{ url: string; server: Server }> {
  const { default: PouchDB } = await import('pouchdb-core');
  const adapters = await Promise.all([
    import('pouchdb-adapter-memory'),
    import('pouchdb-adapter-http'),
    import('pouchdb-mapreduce'),
    import('pouchdb-replication'),
  ]);
  let Pouch = PouchDB;
  for (const plugin of adapters) Pouch = Pouch.plugin((plugin as { default: unknown }).default);
  Pouch = Pouch.defaults({ adapter: 'memory' });
  const { default: expressPouchdb } = await import('express-pouchdb');
  const handler = expressPouchdb(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const db = new Pouch('rows');
  for (let i = 0; i < docs.length; i += 1000) await db.bulkDocs(docs.slice(i, i + 1000));
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
    response.setHeader('access-control-allow-credentials', 'true');
    response.setHeader('access-control-allow-methods', 'GET, PUT, POST, DELETE, HEAD, OPTIONS');
    response.setHeader('access-control-allow-headers', 'accept, content-type, authorization');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/rows`, server };
}

/** PouchDB 9's replication of the same rows as documents, from express-pouchdb (memory
 *  adapter) into pouchdb-browser (IndexedDB) in headless Chromium, both on loopback, with
 *  batches of 1,000 like our pull's pages. The page bypasses the app's CSP, which allows
 *  no other origin. */
export async function pouchFigures(
  origin: string,
  chromiumPath: string,
  expected: number,
): Promise<PouchFigures> {
  let pouch: { url: string; server: Server } | undefined;
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const docs = await managerRows(origin);
    if (docs.length !== expected)
      return { reason: `${docs.length} rows pulled, ${expected} expected` };
    pouch = await startPouchServer(docs);
    const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
    await context.addInitScript('globalThis.__name = (fn) => fn');
    const page = await context.newPage();
    await page.goto(`${origin}/bench.html`);
    await page.waitForFunction(() => 'parcoursBench' in globalThis);
    // The median of three replications, each into a fresh database: our sync's figure is a
    // median too, and one run swings with IndexedDB's pace.
    const runs: { ms: number; docs: number }[] = [];
    for (let round = 0; round < 3; round++) {
      runs.push(
        await page.evaluate(
          (url) => (globalThis as Loaded).parcoursBench.pouchReplicate(url),
          pouch.url,
        ),
      );
    }
    return runs.sort((a, b) => a.ms - b.ms)[1]!;
  } catch (error) {
    return { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await browser.close();
    pouch?.server.closeAllConnections();
    await new Promise((resolve) => pouch?.server.close(resolve) ?? resolve(null));
  }
}
