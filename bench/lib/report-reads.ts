import type { Entity } from '../../src/domain/commands';
import type { Queryable } from '../../src/server/store/database';
import { tables } from '../../src/server/store/tables';

type Table = Entity | 'tutoring';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The columns of a table's declared fields, as stored: what its rows hold for a report. */
const columnsOf = (table: Table) =>
  Object.entries(tables[table].fields)
    .map(([key, declared]) => `t.${typeof declared === 'string' ? snake(key) : declared[1]}`)
    .join(', ');

/** The live rows of one table matching `where`, as the database holds them: the declared
 *  fields' columns, with no scope, no conversion to the domain's shapes, no order. */
async function bare(
  tx: Queryable,
  table: Table,
  where = 'true',
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  const spec = tables[table];
  const live = spec.tombstones ? 'NOT t.deleted' : 'true';
  const sql = `SELECT ${columnsOf(table)} FROM ${spec.table} t WHERE ${live} AND (${where})`;
  return tx.query(sql, params);
}

const yearSpan = (year: number) => [`${year}-01-01`, `${year}-12-31`];

const total = (lists: readonly unknown[][]) => lists.reduce((sum, list) => sum + list.length, 0);

/** What every report starts from, for the HR admin: the organisation, agents and paths. */
async function people(tx: Queryable) {
  // One after the other: a transaction's connection answers one query at a time.
  const lists = [];
  for (const table of ['territory', 'circonscription', 'agent', 'path'] as const)
    lists.push(await bare(tx, table));
  return lists;
}

/**
 * The bare SQL read of the rows each CSV endpoint computes its report from, for the HR admin
 * (the whole département): the peer of its time. Answers the rows read.
 */
export const bareReads = {
  async trainingDays(tx: Queryable, year: number): Promise<number> {
    const lists = await people(tx);
    const trainings = await bare(tx, 'training', 't.date BETWEEN $1 AND $2', yearSpan(year));
    return total([...lists, trainings]);
  },

  async bonuses(tx: Queryable, year: number): Promise<number> {
    const [first, last] = yearSpan(year);
    const overlaps = 't.from_date <= $2 AND (t.until_date IS NULL OR t.until_date >= $1)';
    const tutorings = await bare(tx, 'tutoring', overlaps, [first, last]);
    const interims = await bare(tx, 'interim', overlaps, [first, last]);
    const named = [
      ...new Set([
        ...tutorings.flatMap((t) => [t.tutor_id, t.tutee_id]),
        ...interims.map((i) => i.manager_id),
      ]),
    ];
    const lists = [
      await bare(tx, 'territory'),
      await bare(tx, 'circonscription'),
      await bare(tx, 'agent', 't.id = ANY($1::uuid[])', [named]),
      await bare(tx, 'path', 't.recruit_id = ANY($1::uuid[])', [named]),
    ];
    return total([...lists, tutorings, interims]);
  },

  async progress(tx: Queryable, year: number): Promise<number> {
    const lists = await people(tx);
    const steps = await bare(tx, 'step');
    const trainings = await bare(tx, 'training', 't.date BETWEEN $1 AND $2', yearSpan(year));
    return total([...lists, steps, trainings]);
  },
};
