import type { Change, Entity } from '../../domain/commands';
import type { Queryable } from '../store/database';
import { tombstoneMany, upsertMany } from '../store/table-spec';
import { tables } from '../store/tables';

/** Writes commands' changes: each put gets a fresh version from the sequence (column
 *  default on insert, trigger on update), each delete becomes a tombstone. The `version` the
 *  domain put in the row (0, "not confirmed yet") is the server's to choose, so it is ignored.
 *  Changes of one row collapse into the last; each table is then written in one statement. */
export async function writeChanges(tx: Queryable, changes: readonly Change[]): Promise<void> {
  const last = new Map<string, Change>();
  for (const change of changes) {
    const id = change.op === 'put' ? change.row.id : change.id;
    last.set(`${change.entity}:${id}`, change);
  }
  const puts = new Map<Entity, Record<string, unknown>[]>();
  const deletes = new Map<Entity, string[]>();
  for (const change of last.values()) {
    if (change.op === 'put') listIn(puts, change.entity).push(change.row);
    else listIn(deletes, change.entity).push(change.id);
  }
  for (const [entity, rows] of puts) await upsertMany(tx, tables[entity], rows);
  for (const [entity, ids] of deletes) await tombstoneMany(tx, tables[entity], ids);
}

function listIn<T>(lists: Map<Entity, T[]>, entity: Entity): T[] {
  const list = lists.get(entity) ?? [];
  lists.set(entity, list);
  return list;
}
