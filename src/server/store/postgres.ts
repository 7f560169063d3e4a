import pg from 'pg';
import type { Database, Queryable, TransactionOptions } from './database';

export interface PostgresOptions {
  connectionString: string;
  /** Sets search_path on every connection; tests give each file its own schema. */
  schema?: string;
  max?: number;
}

/** SQLSTATEs after which the whole transaction may simply be run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`Invalid schema name: ${schema}`);
  }
  if (schema !== undefined) {
    const setup = new pg.Client({ connectionString: options.connectionString });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const root = wrap(pool);

  async function transaction<T>(
    fn: (tx: Queryable) => Promise<T>,
    { isolation = 'serializable' }: TransactionOptions = {},
  ): Promise<T> {
    const level = {
      serializable: 'SERIALIZABLE',
      readCommitted: 'READ COMMITTED',
      readOnlySnapshot: 'REPEATABLE READ READ ONLY',
    }[isolation];
    for (let attempt = 1; ; attempt += 1) {
      const client = await pool.connect();
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${level}`);
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
        await sleep(backoff(attempt));
      } finally {
        client.release();
      }
    }
  }

  return { kind: 'postgresql', ...root, transaction, close: () => pool.end() };
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<T & pg.QueryResultRow>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** Exponential with full jitter, so colliding transactions do not collide again in step. */
function backoff(attempt: number): number {
  return Math.random() * Math.min(1000, 10 * 2 ** attempt);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
