import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createUserDb, execute, loadActor, readMeta, type UserDb } from '../../src/db';
import type { Outcome } from '../../src/domain/commands';
import type { Agent } from '../../src/domain/organisation';
import type { PullResponse } from '../../src/domain/protocol';
import { SyncEngine, SyncError, transportOver, type SyncTransport } from '../../src/sync';
import { demo, login, sessionCookie } from '../server/helpers';

/** What the network does to one request: deliver it, lose it on the way, lose the answer
 *  after the server acted, deliver it twice, or break the connection half-way through the
 *  answer (after the first line of a streamed pull and half the next). */
export type Fault = 'none' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'cutAnswer';

/** One simulated phone: its own IndexedDB, the real sync engine, and a network whose faults
 *  a test chooses request by request. */
export class Device {
  online = true;
  faults: Fault[] = [];
  /** What went over the network, in order: `send /api/sync/pull`, `answer /api/sync/pull`… */
  readonly log: string[] = [];
  /** The bodies sent, in order, beside their paths. */
  readonly sent: { path: string; body: unknown }[] = [];
  readonly engine: SyncEngine;
  private readonly oracleClient = crypto.randomUUID();

  private constructor(
    readonly agent: Agent,
    readonly db: UserDb,
    private app: FastifyInstance,
    private cookie: string,
  ) {
    // Tests call sync() themselves: no retry timers.
    this.engine = new SyncEngine({ db, agent, transport: this.transport(), autoRetry: false });
  }

  static async signIn(app: FastifyInstance, local: string): Promise<Device> {
    const response = await login(app, demo(local));
    if (response.statusCode !== 200) throw new Error(`login ${local}: ${response.statusCode}`);
    const { agent } = response.json<{ agent: Agent }>();
    const db = createUserDb(agent.id, { indexedDB: new IDBFactory(), IDBKeyRange });
    return new Device(agent, db, app, sessionCookie(response));
  }

  /** What the server holds for this device's person: a full pull under a new client id,
   *  rows grouped by entity and sorted by id, as a device stores them. */
  async serverView(app = this.app): Promise<Map<string, unknown[]>> {
    // No cursor: everything, as a new device gets it. One client id for all of them, claimed
    // once: a new one each run would write a client row, and draw a version, every time.
    const clientId = this.oracleClient;
    const view = new Map<string, Map<string, unknown>>();
    let cursor: string | null = null;
    for (let more = true; more;) {
      // Streamed: every page in one answer (the server caps the pages per answer).
      const response: LightMyRequestResponse = await app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        payload: { protocol: 1, clientId, cursor },
        headers: { cookie: this.cookie, accept: 'application/x-ndjson' },
      });
      for (const line of response.payload.split('\n').filter((l) => l !== '')) {
        const page = JSON.parse(line) as PullResponse;
        for (const change of page.changes) {
          const rows = view.get(change.entity) ?? new Map<string, unknown>();
          view.set(change.entity, rows);
          if (change.op === 'put') rows.set(change.id, change.row);
          else rows.delete(change.id);
        }
        cursor = page.cursor;
        more = page.more;
      }
    }
    const byId = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : 1);
    return new Map(
      [...view].map(([entity, rows]) => [entity, [...rows].sort(byId).map(([, row]) => row)]),
    );
  }

  /** The session cookie, for requests a test makes as this device's person. */
  headers(): Record<string, string> {
    return { cookie: this.cookie };
  }

  /** Points the device at another server process (a restart). */
  reconnect(app: FastifyInstance): void {
    this.app = app;
  }

  async run(name: string, args: unknown): Promise<Outcome> {
    return execute(this.db, await loadActor(this.db, this.agent), name, args);
  }

  /** One sync cycle; its failure is the engine's business (status), not the test's. */
  sync(): Promise<void> {
    return this.engine.sync();
  }

  meta() {
    return readMeta(this.db);
  }

  outbox() {
    return this.db.outbox.orderBy('id').toArray();
  }

  private transport(): SyncTransport {
    return transportOver(async (path, body, { accept }) => {
      const fault = this.faults.shift() ?? 'none';
      if (!this.online || fault === 'dropRequest') throw new SyncError({ kind: 'network' });
      const send = () =>
        this.app.inject({
          method: 'POST',
          url: path,
          payload: body as object,
          headers: { cookie: this.cookie, accept },
        });
      this.log.push(`send ${path}`);
      this.sent.push({ path, body });
      if (fault === 'duplicate') await send();
      const response = await send();
      this.log.push(`answer ${path}`);
      if (fault === 'dropResponse') throw new SyncError({ kind: 'network' });
      const { payload } = response;
      return {
        status: response.statusCode,
        json: () => Promise.resolve<unknown>(response.json()),
        chunks: async function* () {
          await Promise.resolve(); // the body arrives after the status, as over a socket
          if (fault !== 'cutAnswer') {
            yield payload;
            return;
          }
          const second = payload.indexOf('\n') + 1;
          const end = payload.indexOf('\n', second) + 1 || payload.length;
          yield payload.slice(0, second + Math.floor((end - second) / 2));
          throw new Error('connection reset');
        },
      };
    });
  }
}
