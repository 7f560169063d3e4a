import type { Change } from '../../domain/commands';
import type { Queryable } from '../store/database';
import { tombstone, upsert } from '../store/table-spec';
import { tables } from '../store/tables';

/** Writes a command's changes: each put gets a fresh version from the sequence (column
 *  default on insert, trigger on update), each delete becomes a tombstone. The `version` the
 *  domain put in the row (0, "not confirmed yet") is the server's to choose, so it is ignored. */
export async function writeChanges(tx: Queryable, changes: readonly Change[]): Promise<void> {
  for (const change of changes) {
    const spec = tables[change.entity];
    if (change.op === 'put') await upsert(tx, spec, change.row);
    else await tombstone(tx, spec, change.id);
  }
}
