import type { Rows } from '../../domain/commands';
import { addDaysIso } from '../../domain/dates';
import type { SyncEntity } from '../../domain/protocol';
import type { ReminderRows, ReminderThresholds } from '../../domain/reminders';
import type { Queryable } from '../store/database';
import { rowOf, selectList } from '../store/table-spec';
import { tables } from '../store/tables';

/** Live rows of one entity matching `where` (over `t`), in the shape the device holds. */
async function all<T>(
  tx: Queryable,
  entity: SyncEntity,
  where = 'true',
  params: readonly unknown[] = [],
): Promise<T[]> {
  const spec = tables[entity];
  const live = spec.tombstones ? 'NOT t.deleted AND ' : '';
  if (spec.storedJson) {
    // The stored JSON (migration 7): one column to decode, as a pull sends it.
    const raws = await tx.query<{ wire: string }>(
      `SELECT t.wire FROM ${spec.table} t WHERE ${live}(${where})`,
      params,
    );
    return raws.map((raw) => JSON.parse(raw.wire) as T);
  }
  const raws = await tx.query<Record<string, unknown>>(
    `SELECT ${selectList(spec)} FROM ${spec.table} t WHERE ${live}(${where})`,
    params,
  );
  return raws.map((raw) => rowOf(spec, raw).row as T);
}

/** Steps with nothing left to do remind nobody: the pass never reads them (most of a
 *  département's 17,000). */
const open = "t.status NOT IN ('done', 'approved', 'acknowledged', 'returned')";

/** What the rules read, for the whole département, on `today` (Paris). */
export async function reminderRows(
  tx: Queryable,
  today: string,
  t: ReminderThresholds,
): Promise<ReminderRows> {
  return {
    agents: await all<Rows['agent']>(tx, 'agent', 'NOT t.disabled'),
    circonscriptions: await all(tx, 'circonscription'),
    territories: await all(tx, 'territory'),
    interims: await all(tx, 'interim', 't.until_date >= $1::date', [today]),
    delegations: await all(
      tx,
      'delegation',
      't.from_date <= $1::date AND t.until_date >= $1::date',
      [today],
    ),
    paths: await all(tx, 'path'),
    steps: await all(tx, 'step', open),
    syncHealth: await all(tx, 'syncHealth'),
    groups: await all(tx, 'practiceGroup'),
    sessions: await all(tx, 'groupSession', 't.date BETWEEN $1::date AND $2::date', [
      today,
      addDaysIso(today, t.sessionAhead),
    ]),
  };
}
