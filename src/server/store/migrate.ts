import { lockFor, type Database } from './database';
import { migrations as allMigrations, type Migration } from './migrations';

/**
 * Applies the migrations not yet recorded in schema_migrations, in order, in one
 * transaction: a failure leaves the schema as it was. The advisory lock makes processes
 * started together take turns, and the later ones find nothing left to do.
 * Returns the names of the migrations it applied.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = allMigrations,
): Promise<string[]> {
  return db.transaction(
    async (tx) => {
      await lockFor(tx, 'parcours:migrate');
      await tx.exec(`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          id integer PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
      const rows = await tx.query<{ id: number }>('SELECT id FROM schema_migrations');
      const applied = new Set(rows.map((row) => row.id));
      const names: string[] = [];
      for (const migration of migrations) {
        if (applied.has(migration.id)) continue;
        await tx.exec(migration.sql);
        await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [
          migration.id,
          migration.name,
        ]);
        names.push(migration.name);
      }
      return names;
    },
    { isolation: 'readCommitted' },
  );
}
