// The bench bundle: the app's own data layer (src/db, src/sync), loaded into a page of the
// real app's origin, so that its figures are measured in the same browser, on the same
// IndexedDB, beside the screens'. Built by bench/app-bundle.ts; driven by page.evaluate.
import Dexie from 'dexie';
import PouchDB from 'pouchdb-browser';
import { loadActor } from '../../src/db/actor';
import { execute } from '../../src/db/execute';
import { allRows, syncTables } from '../../src/db/rows';
import { allSteps, pathStepsRecord, stepsOfPath } from '../../src/db/steps';
import { createUserDb, type UserDb } from '../../src/db/user-db';
import type { Step } from '../../src/domain/entities';
import type { Agent } from '../../src/domain/organisation';
import { syncEntities, type PushRequest } from '../../src/domain/protocol';
import { SyncEngine } from '../../src/sync/engine';
import { pushOutbox } from '../../src/sync/push';
import { httpTransport, type SyncTransport } from '../../src/sync/transport';
import { reportsApi } from './reports';
import { supervisorsApi } from './supervisors';
import { welcomeFilesApi } from './welcome-files';

const now = () => performance.now();

/** A path of `count` steps, every two days from `startDate`; those due over ten days ago
 *  are done. Ids take three digits past 99 (the StepId schema allows two: these rows are
 *  written to IndexedDB directly, which no screen validates). */
function generatedSteps(pathId: string, startDate: string, count: number): Step[] {
  const kinds = ['admin', 'training', 'mentoring', 'practiceGroup', 'milestone'] as const;
  const today = new Date().toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, position): Step => {
    const due = new Date(`${startDate}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + 2 * position);
    const dueDate = due.toISOString().slice(0, 10);
    const kind = kinds[position % kinds.length]!;
    const past = Date.parse(today) - Date.parse(dueDate) > 10 * 86_400_000;
    return {
      id: `${pathId}.${String(position).padStart(position < 100 ? 2 : 3, '0')}`,
      pathId,
      position,
      kind,
      title: `Étape ${position + 1} : ${kind === 'milestone' ? 'bilan' : 'rencontre'}`,
      help: 'Une étape générée pour la mesure.',
      dueDate,
      needsApproval: kind === 'milestone',
      status: past ? (kind === 'milestone' ? 'approved' : 'done') : 'todo',
      itemType: null,
      assetTag: null,
      submittedNote: null,
      decision: null,
      updatedAt: null,
      version: 0,
    };
  });
}

async function opened(agentId: string): Promise<UserDb> {
  const db = createUserDb(agentId);
  await db.open();
  return db;
}

/** Replaces a path's steps by `count` generated ones; returns the start date used. */
async function replaceSteps(agentId: string, pathId: string, count: number): Promise<number> {
  const db = await opened(agentId);
  const path = await db.path.get(pathId);
  if (!path) throw new Error(`no path ${pathId}`);
  await db.pathSteps.put(pathStepsRecord(pathId, generatedSteps(pathId, path.startDate, count)));
  const stored = (await stepsOfPath(db, pathId)).length;
  db.close();
  return stored;
}

/** The screen's own query (useRecruitPath), on a fresh handle on the same database: ms each. */
async function stepQueryMs(agentId: string, pathId: string, repetitions: number) {
  const db = await opened(agentId);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < repetitions; i++) {
    const start = now();
    const steps = await stepsOfPath(db, pathId);
    times.push(now() - start);
    rows = steps.length;
  }
  db.close();
  return { times, rows };
}

async function logIn(email: string, password: string): Promise<Agent> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login answered ${response.status}`);
  return ((await response.json()) as { agent: Agent }).agent;
}

/** Counts requests, request bytes and pulled pages on the way through. */
function counting(inner: SyncTransport) {
  const counts = { requests: 0, bytes: 0, pages: 0 };
  const transport: SyncTransport = {
    push: (request) => {
      counts.requests++;
      counts.bytes += JSON.stringify(request).length;
      return inner.push(request);
    },
    async *pull(request) {
      counts.requests++;
      counts.bytes += JSON.stringify(request).length;
      for await (const page of inner.pull(request)) {
        counts.pages++;
        yield page;
      }
    },
  };
  return { transport, counts };
}

async function rowCount(db: UserDb): Promise<number> {
  const counts = await Promise.all(
    syncEntities.map(async (entity) => (await allRows(db, entity)).length),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}

/** The initial sync as the app does it: our engine, our transport, a fresh database. */
async function initialSync(agent: Agent) {
  await Dexie.delete(createUserDb(agent.id).name);
  const db = await opened(agent.id);
  const { transport, counts } = counting(httpTransport());
  const engine = new SyncEngine({ db, agent, transport, autoRetry: false });
  const start = now();
  await engine.sync();
  const ms = now() - start;
  const rows = await rowCount(db);
  db.close();
  return { ms, rows, pulls: counts.requests, pages: counts.pages, state: engine.current.state };
}

/** Where the raw limits put the rows, each into a fresh database:
 *  - `rows`: one record a row, as the protocol carries them, into stores with the indexes
 *    the screens need (the app's own stores, with steps in a table of their own, as they
 *    were until schema version 5): the "plain puts of the same rows";
 *  - `bare`: one record a row into stores keyed by id, with no index at all;
 *  - `records`: the records our sync writes (a path's steps in one), into the app's own
 *    database schema: the limit of the layout we chose. */
export type RawStores = 'rows' | 'bare' | 'records';

const twinName = () => `bench-raw-${Date.now()}`;

/** The app's schema as it stands, with steps one record a row: each store's key and indexes
 *  read off the app's own Dexie schema, plus the step table of schema version 4. */
function perRowSchema(): Record<string, string> {
  const app = createUserDb(twinName());
  const stores = Object.fromEntries(
    app.tables.map((table) => [
      table.name,
      [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(', '),
    ]),
  );
  delete stores.pathSteps;
  return { ...stores, step: 'id, [pathId+status]' };
}

async function freshRawDatabase(stores: RawStores): Promise<IDBDatabase> {
  if (stores !== 'bare') {
    const twin = stores === 'records' ? createUserDb(twinName()) : new Dexie(twinName());
    if (stores === 'rows') twin.version(1).stores(perRowSchema());
    await twin.open();
    return twin.backendDB();
  }
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(twinName(), 1);
    request.onupgradeneeded = () => {
      for (const entity of syncEntities)
        request.result.createObjectStore(entity, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
}

/** What each raw limit writes: the rows this device holds, or its own records. */
async function rawRecords(db: UserDb, stores: RawStores) {
  if (stores === 'records')
    return Promise.all(
      syncTables(db).map(async (table) => ({ store: table.name, records: await table.toArray() })),
    );
  return Promise.all(
    syncEntities.map(async (entity) => ({ store: entity, records: await allRows(db, entity) })),
  );
}

/** A raw IndexedDB limit for the same rows: one readwrite transaction of plain puts into a
 *  fresh database, with nothing between the records and IndexedDB. `rows` counts the rows
 *  they hold, whatever the records. */
async function rawIdbPut(agentId: string, stores: RawStores) {
  const db = await opened(agentId);
  const [tables, rows] = await Promise.all([rawRecords(db, stores), rowCount(db)]);
  db.close();
  const raw = await freshRawDatabase(stores);
  const start = now();
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction(
      tables.map((t) => t.store),
      'readwrite',
    );
    for (const { store, records } of tables) {
      const objectStore = tx.objectStore(store);
      for (const record of records) objectStore.put(record);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(new Error(String(tx.error)));
  });
  const ms = now() - start;
  raw.close();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(raw.name);
    request.onsuccess = request.onerror = resolve;
  });
  return { ms, rows };
}

/** Queues `count` mutations through the real `execute`, without syncing: step.setDone on
 *  the plain steps the agent may change, each flipped in turn. */
async function queueMutations(agent: Agent, count: number) {
  const db = await opened(agent.id);
  const actor = await loadActor(db, agent);
  const plain = (await allSteps(db)).filter(
    (step) => !step.needsApproval && step.kind !== 'milestone' && step.kind !== 'equipment',
  );
  const done = new Map(plain.map((step) => [step.id, step.status === 'done']));
  let queued = 0;
  for (let i = 0; queued < count && i < count * 2; i++) {
    const step = plain[i % plain.length]!;
    const next = !done.get(step.id);
    const outcome = await execute(db, actor, 'step.setDone', { stepId: step.id, done: next });
    if (outcome.ok) {
      done.set(step.id, next);
      queued++;
    }
  }
  const outbox = await db.outbox.count();
  db.close();
  return { queued, outbox };
}

let lastPushes: PushRequest[] = [];

/** One pushOutbox over the real transport, counting requests (and keeping them). */
async function push(agentId: string) {
  const db = await opened(agentId);
  const { transport: inner, counts } = counting(httpTransport());
  lastPushes = [];
  const transport: SyncTransport = {
    push: (request) => {
      lastPushes.push(request);
      return inner.push(request);
    },
    pull: (request) => inner.pull(request),
  };
  const start = now();
  await pushOutbox(db, transport);
  const ms = now() - start;
  const notices = await db.notices.count();
  db.close();
  return { ms, requests: counts.requests, bytes: counts.bytes, notices };
}

/** The last push's requests sent again as they were: the server has them all, so each
 *  mutation is a duplicate — same requests, same bytes, no command run. */
async function replayPush() {
  const transport = httpTransport();
  let duplicates = 0;
  const start = now();
  for (const request of lastPushes) {
    const answer = await transport.push(request);
    duplicates += answer.results.filter((r) => r.status === 'duplicate').length;
  }
  const ms = now() - start;
  const bytes = lastPushes.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
  return { ms, requests: lastPushes.length, bytes, duplicates };
}

/** PouchDB's replication from `remote` into a fresh pouchdb-browser database. */
async function pouchReplicate(remote: string) {
  const local = new PouchDB(`bench-pouch-${Date.now()}`);
  const start = now();
  const result = await PouchDB.replicate(remote, local, { batch_size: 1000 });
  const ms = now() - start;
  const { doc_count: docs } = await local.info();
  await local.destroy();
  if (!result.ok) throw new Error('PouchDB replication failed');
  return { ms, docs };
}

/** requestAnimationFrame-to-next-frame intervals: the display's own floor. */
function frameIntervals(count: number): Promise<number[]> {
  return new Promise((resolve) => {
    const times: number[] = [];
    const tick = (time: number) => {
      times.push(time);
      if (times.length > count) resolve(times.slice(1).map((t, i) => t - times[i]!));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** What this origin's storage holds, and what the browser would let it hold. */
async function storageEstimate(): Promise<{ usage: number; quota: number }> {
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota };
}

const api = {
  storageEstimate,
  replaceSteps,
  stepQueryMs,
  logIn,
  initialSync,
  rawIdbPut,
  queueMutations,
  push,
  replayPush,
  pouchReplicate,
  frameIntervals,
  ...supervisorsApi,
  ...reportsApi,
  ...welcomeFilesApi,
};
export type BenchApi = typeof api;

(globalThis as unknown as { parcoursBench: BenchApi }).parcoursBench = api;
