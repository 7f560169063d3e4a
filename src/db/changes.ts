import type { Change } from '../domain/commands';
import type { BeforeImage, UserDb } from './user-db';

type AnyRow = Record<string, unknown> & { id: string };

/** Writes a command's changes and returns what they overwrote, for a later undo. Must run
 *  inside a read-write transaction over the tables it touches. */
export async function applyChanges(db: UserDb, changes: readonly Change[]): Promise<BeforeImage[]> {
  const before: BeforeImage[] = [];
  for (const change of changes) {
    const id = change.op === 'put' ? change.row.id : change.id;
    const table = db.table<AnyRow, string>(change.entity);
    const row = (await table.get(id)) ?? null;
    before.push({ entity: change.entity, id, row });
    if (change.op === 'put') await table.put(change.row);
    else await table.delete(id);
  }
  return before;
}

/** Restores rows as they were before a mutation: the inverse of applyChanges. */
export async function undoChanges(db: UserDb, before: readonly BeforeImage[]): Promise<void> {
  for (const image of [...before].reverse()) {
    const table = db.table<AnyRow, string>(image.entity);
    if (image.row) await table.put(image.row as AnyRow);
    else await table.delete(image.id);
  }
}
