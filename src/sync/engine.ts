import { readMeta, writeMeta } from '../db/meta';
import type { UserDb } from '../db/user-db';
import type { Agent } from '../domain/organisation';
import { protocolVersion } from '../domain/protocol';
import { pushOutbox, waitingChanges } from './push';
import { applyPull } from './rebase';
import { SyncError, type SyncTransport } from './transport';

export type SyncState = 'idle' | 'syncing' | 'offline' | 'error' | 'unauthorized' | 'outdated';

export interface SyncStatus {
  state: SyncState;
  lastSyncAt: string | null;
  /** The kind of the last failure, cleared by the next success. */
  lastError: string | null;
}

export interface EngineOptions {
  db: UserDb;
  agent: Agent;
  transport: SyncTransport;
  /** Random in [0, 1), for the backoff's jitter. */
  random?: () => number;
  /** At most this many pull pages in one cycle: a guard against a server that never ends. */
  maxPages?: number;
  /** Retry failed cycles by themselves (the app); tests drive every cycle instead. */
  autoRetry?: boolean;
}

const maxBackoffMs = 5 * 60_000;

/** The client sync engine: one cycle pushes the outbox, then pulls and rebases until the
 *  server has nothing more. Cycles never overlap, in this tab (one promise) or across tabs
 *  (a Web Lock named after the user). Failures retry with exponential backoff and jitter. */
export class SyncEngine {
  private status: SyncStatus = { state: 'idle', lastSyncAt: null, lastError: null };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly options: EngineOptions) {}

  get current(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** Runs a cycle now; a call during a cycle makes exactly one more cycle follow it. */
  sync(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Loads the last known status from the device, so a reload shows when it last synced. */
  async restore(): Promise<void> {
    const meta = await readMeta(this.options.db);
    this.publish({ ...this.status, lastSyncAt: meta.lastSyncAt, lastError: meta.lastError });
  }

  /** The screens closed (logout, another user): no more cycles, no more retries, and a cycle
   *  still under way ends quietly — its database may be gone. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.listeners.clear();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.withLock(() => this.cycle());
    } while (this.again);
  }

  private async withLock(work: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return work();
    await locks.request(`parcours-sync-${this.options.agent.id}`, () => work());
  }

  private async cycle(): Promise<void> {
    const { db, transport } = this.options;
    clearTimeout(this.retryTimer);
    this.publish({ ...this.status, state: 'syncing' });
    try {
      await pushOutbox(db, transport);
      await this.pullAll();
      this.failures = 0;
      const lastSyncAt = new Date().toISOString();
      await writeMeta(db, { lastSyncAt, lastError: null });
      this.publish({ state: 'idle', lastSyncAt, lastError: null });
    } catch (error) {
      await this.fail(error);
    }
  }

  /** Pulls pages until the server has nothing more. One request brings them all (the
   *  server streams them, the transport reads the next while this one is written): an
   *  initial sync then costs about its writes, not its writes plus a round trip a page.
   *  Each page is applied on its own, so a broken answer keeps the pages before it. */
  private async pullAll(): Promise<void> {
    const { db, agent, transport } = this.options;
    const meta = await readMeta(db);
    const maxPages = this.options.maxPages ?? 10_000;
    let cursor = meta.cursor;
    for (let pages = 0; ;) {
      let more: boolean | null = null;
      for await (const page of transport.pull({
        protocol: protocolVersion,
        clientId: meta.clientId,
        cursor,
        pending: await waitingChanges(db),
      })) {
        await applyPull(db, agent, page);
        ({ cursor, more } = page);
        if (++pages >= maxPages || !more) return;
      }
      // An answer without a single page is none the server gives: retry later. Otherwise the
      // server stopped before the end (its cap of pages per answer): ask again from here.
      if (more === null) throw new SyncError({ kind: 'server', status: 200 });
    }
  }

  private async fail(error: unknown): Promise<void> {
    if (this.stopped) return;
    if (!(error instanceof SyncError)) console.error('Sync failed', error);
    const kind = error instanceof SyncError ? error.failure.kind : 'server';
    const state: SyncState =
      kind === 'unauthorized'
        ? 'unauthorized'
        : kind === 'protocol'
          ? 'outdated'
          : kind === 'network'
            ? 'offline'
            : 'error';
    await writeMeta(this.options.db, { lastError: kind }).catch(() => undefined);
    this.publish({ ...this.status, state, lastError: kind });
    // A person must act on these two (log in, update); the others heal by themselves.
    if (state === 'unauthorized' || state === 'outdated' || this.options.autoRetry === false)
      return;
    this.failures++;
    const ceiling = Math.min(maxBackoffMs, 1000 * 2 ** this.failures);
    const delay = ceiling / 2 + (this.options.random ?? Math.random)() * (ceiling / 2);
    this.retryTimer = setTimeout(() => void this.sync(), delay);
  }

  private publish(status: SyncStatus): void {
    this.status = status;
    this.listeners.forEach((listener) => listener(status));
  }
}
