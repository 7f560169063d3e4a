import type { Change } from '../domain/commands';
import { getRow, writeEntityRows } from './rows';
import type { BeforeImage, UserDb } from './user-db';

/** Writes a command's changes and returns what they overwrote, for a later undo. Must run
 *  inside a read-write transaction over the tables it touches. */
export async function applyChanges(db: UserDb, changes: readonly Change[]): Promise<BeforeImage[]> {
  const before: BeforeImage[] = [];
  for (const change of changes) {
    const id = change.op === 'put' ? change.row.id : change.id;
    const row = (await getRow(db, change.entity, id)) ?? null;
    before.push({ entity: change.entity, id, row });
    if (change.op === 'put') await writeEntityRows(db, change.entity, [change.row], []);
    else await writeEntityRows(db, change.entity, [], [id]);
  }
  return before;
}

/** Restores rows as they were before a mutation: the inverse of applyChanges. */
export async function undoChanges(db: UserDb, before: readonly BeforeImage[]): Promise<void> {
  for (const image of [...before].reverse()) {
    if (image.row) await writeEntityRows(db, image.entity, [image.row], []);
    else await writeEntityRows(db, image.entity, [], [image.id]);
  }
}
