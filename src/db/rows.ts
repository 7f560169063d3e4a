import type { Table } from 'dexie';
import { syncEntities, type SyncEntity } from '../domain/protocol';
import { writeRows } from './bulk-write';
import { allSteps, getStep, writeSteps } from './steps';
import type { Step } from '../domain/entities';
import type { UserDb } from './user-db';

// The synced rows as the protocol knows them, one by one, whatever their IndexedDB layout:
// every entity has a table of its own rows, except steps, kept per path (see steps.ts).

export type AnyRow = Record<string, unknown> & { id: string };
type RowEntity = Exclude<SyncEntity, 'step'>;

const rowTable = (db: UserDb, entity: RowEntity) => db.table<AnyRow, string>(entity);

/** The IndexedDB tables that hold the synced rows, for a transaction's scope. */
export const syncTables = (db: UserDb): Table[] => [
  ...syncEntities.map((entity) => (entity === 'step' ? db.pathSteps : db.table(entity))),
  // Derived from pathSteps, written with it (steps.ts).
  db.pathDigest,
];

export async function getRow(
  db: UserDb,
  entity: SyncEntity,
  id: string,
): Promise<AnyRow | undefined> {
  if (entity === 'step') return getStep(db, id);
  return rowTable(db, entity).get(id);
}

/** Puts and deletes rows of one entity inside the current read-write transaction. `bulk`
 *  writes with IndexedDB's own puts (a pull's pages), else through Dexie (a command's few). */
export async function writeEntityRows(
  db: UserDb,
  entity: SyncEntity,
  puts: readonly Record<string, unknown>[],
  deletes: readonly string[],
  { bulk = false } = {},
): Promise<void> {
  if (entity === 'step') return writeSteps(db, puts as unknown as Step[], deletes);
  const table = rowTable(db, entity);
  if (bulk) return writeRows(table, puts, deletes);
  await table.bulkPut(puts as AnyRow[]);
  await table.bulkDelete([...deletes]);
}

/** Every row of an entity this device holds, in id order. */
export async function allRows(db: UserDb, entity: SyncEntity): Promise<AnyRow[]> {
  if (entity === 'step') return allSteps(db);
  return rowTable(db, entity).orderBy(':id').toArray();
}

/** Empties every synced table: a pull that resets replaces all. */
export async function clearRows(db: UserDb): Promise<void> {
  await Promise.all(syncTables(db).map((table) => table.clear()));
}
