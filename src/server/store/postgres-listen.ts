import pg from 'pg';
import type { ListenEvent, Listener } from './database';

/** Waits between reconnections after the listening connection dropped, ms. */
const RETRY_MS = [100, 500, 1000, 5000];

/**
 * LISTEN on a connection of its own: a pooled one would be handed to other queries and its
 * notifications lost. If the connection drops (a restart, a failover), `onEvent` hears
 * `lost` at once, then `listening` once it listens again on a new one: whatever was notified
 * in between is gone, and the listener must act as if anything had changed.
 */
export async function listenPostgres(
  connectionString: string,
  channel: string,
  onEvent: (event: ListenEvent) => void,
): Promise<Listener> {
  const quoted = `"${channel.replaceAll('"', '""')}"`;
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === channel) onEvent({ payload: message.payload ?? '' });
    });
    // 'error' then 'end', or 'end' alone: either way, once, and only once it listened (a
    // connection that never did is the caller's failure to handle).
    let live = false;
    const drop = () => {
      if (!live || stopped) return;
      live = false;
      client = undefined;
      onEvent('lost');
      schedule(0);
    };
    next.on('error', drop);
    next.on('end', drop);
    try {
      await next.connect();
      await next.query(`LISTEN ${quoted}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    live = true;
    client = next;
  }

  function schedule(attempt: number): void {
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
    retry = setTimeout(() => {
      connect().then(
        () => onEvent('listening'),
        () => {
          if (!stopped) schedule(attempt + 1);
        },
      );
    }, wait);
    retry.unref();
  }

  await connect();
  return {
    // PostgreSQL signals the listening backends as a transaction commits, before its
    // committer hears "COMMIT"; idle, a backend sends what it was signalled before it
    // answers the next statement, and pg tells the notifications in the order they came.
    caughtUp: async () => {
      if (!client) throw new Error('not listening');
      await client.query('SELECT 1');
    },
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
