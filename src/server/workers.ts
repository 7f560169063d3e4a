import cluster, { type Worker } from 'node:cluster';
import type { FastifyBaseLogger } from 'fastify';

/**
 * WEB_CONCURRENCY > 1 runs the API in that many processes with Node's cluster, over one
 * PostgreSQL. The primary does what must happen once — migrations, seeding, the daily purge
 * — before it forks, then only watches; the workers share the port (the primary hands them
 * connections in turn) and each serve the whole API with a pool of their own.
 * Why cluster rather than N processes behind a proxy: one port and one command, nothing to
 * install or configure beside the TLS proxy a département already runs. Nothing a request
 * needs lives in one process only: sessions, the login throttle and the sync's state are in
 * the database, and the pull's scope cache (sync/scope-cache.ts) checks it at every pull.
 * A worker that dies is replaced. What it was answering fails and the client tries again:
 * a push that committed is acknowledged to the retry by its mutation ids, never applied twice.
 */
export function forkWorkers(count: number, log: FastifyBaseLogger): { stop(): Promise<void> } {
  let stopping = false;
  const fork = () => cluster.fork({ PARCOURS_WORKER: '1' });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) return;
    log.error({ pid: worker.process.pid, code, signal }, 'worker died: starting another');
    fork();
  });
  for (let i = 0; i < count; i++) fork();
  log.info({ workers: count }, 'workers started');
  return {
    stop: async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              worker.once('exit', () => resolve());
              worker.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/** Whether this process is one of the workers the primary forked. */
export const isWorker = (): boolean => cluster.isWorker;
