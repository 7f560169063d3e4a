import type { Database } from './database';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface StoreConfig {
  /** A postgres:// URL selects PostgreSQL; otherwise PGlite in dataDir. */
  databaseUrl?: string | undefined;
  /** A directory, or `memory://` for an in-memory database. */
  dataDir: string;
}

export function openDatabase(config: StoreConfig): Promise<Database> {
  return config.databaseUrl
    ? openPostgres({ connectionString: config.databaseUrl })
    : openPglite(config.dataDir);
}
