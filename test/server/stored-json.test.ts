import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/server/demo/seed';
import type { Database } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrate';
import { migrations } from '../../src/server/store/migrations';
import {
  jsonRow,
  rowOf,
  selectList,
  tombstone,
  upsert,
  type TableSpec,
} from '../../src/server/store/table-spec';
import { tables } from '../../src/server/store/tables';
import { fastHasher, stores, type StoreCase } from './helpers';

const storing = Object.values(tables).filter((spec) => spec.storedJson);

/** The specs as they were at migration 7: the fields and tables of migration 12 not yet. */
const addedIn12 = ['family', 'revision', 'retired', 'facilitatorId', 'circonscriptionIds'];
const storingAt7 = storing
  .filter((spec) => !['interims', 'milestone_comments', 'reminder_dismissals'].includes(spec.table))
  .map((spec) => ({
    ...spec,
    fields: Object.fromEntries(
      Object.entries(spec.fields).filter(
        ([key]) =>
          !addedIn12.includes(key) &&
          !(spec.table === 'practice_groups' && ['service', 'memberIds', 'closed'].includes(key)),
      ),
    ),
  }));

/** The tables the demo fills, parents first. */
const demoTables = [
  'territories',
  'circonscriptions',
  'agents',
  'manager_circonscriptions',
  'territory_managers',
  'templates',
  'paths',
  'steps',
  'trainings',
  'meetings',
  'practice_groups',
  'group_sessions',
  'attendance',
  'tutoring',
  'delegations',
];

/** The demo as today's code seeds it, copied row for row (versions included) into a
 *  database at an older schema: columns it does not have yet are left out. */
async function copyDemoInto(target: Database, store: StoreCase) {
  const source = await store.open();
  try {
    await migrate(source.db);
    await seedDemoIfEmpty(source.db, fastHasher);
    for (const table of demoTables) {
      const [rows] = await source.db.query<{ list: string }>(
        `SELECT coalesce(json_agg(to_jsonb(t) - 'wire'), '[]')::text AS list FROM ${table} t`,
      );
      await target.query(
        `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(null::${table}, $1::jsonb)`,
        [rows!.list],
      );
    }
    const [last] = await source.db.query<{ last: string }>(
      'SELECT last_value::text AS last FROM row_version',
    );
    await target.query('SELECT setval($1, $2::bigint)', ['row_version', last!.last]);
  } finally {
    await source.drop();
  }
}

/** Every row of every table that stores its JSON: the stored text beside the text the pull
 *  would build from the row's columns, and its version. */
async function storedAndBuilt(db: Database, specs: readonly TableSpec[] = storing) {
  const all = await Promise.all(
    specs.map((spec) =>
      db.query<{ id: string; wire: string; built: string; version: string }>(
        `SELECT t.id::text, t.wire, ${jsonRow(spec)}::text AS built, t.version::text
           FROM ${spec.table} t ORDER BY t.id`,
      ),
    ),
  );
  return new Map(specs.map((spec, i) => [spec.table, all[i]!]));
}

function expectSame(rows: Awaited<ReturnType<typeof storedAndBuilt>>) {
  for (const [table, list] of rows)
    for (const row of list)
      expect({ table, id: row.id, json: row.wire }).toEqual({
        table,
        id: row.id,
        json: row.built,
      });
}

describe.each(stores())('stored row JSON on $name', (store) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await store.open({ empty: true }));
  });
  afterAll(() => drop());

  it('fills the JSON of rows written before the migration, without new versions', async () => {
    // Up to migration 7 (later ones touch rows on purpose: 12 adds fields to their JSON).
    const stored = migrations.find((m) => m.name === 'stored-json')!;
    await migrate(
      db,
      migrations.filter((m) => m.id < stored.id),
    );
    await copyDemoInto(db, store);
    const versions = await db.query<{ table: string; id: string; version: string }>(
      storingAt7
        .map((s) => `SELECT '${s.table}' AS table, id::text, version::text FROM ${s.table}`)
        .join(' UNION ALL '),
    );
    const [sequence] = await db.query<{ last: string }>(
      'SELECT last_value::text AS last FROM row_version',
    );

    expect(
      await migrate(
        db,
        migrations.filter((m) => m.id <= stored.id),
      ),
    ).toEqual(['stored-json']);

    const rows = await storedAndBuilt(db, storingAt7);
    expectSame(rows);
    // The demo fills most tables; an empty one would prove nothing about its trigger.
    for (const table of ['templates', 'paths', 'steps', 'meetings', 'trainings'])
      expect(rows.get(table)!.length, table).toBeGreaterThan(0);
    const after = [...rows].flatMap(([table, list]) =>
      list.map(({ id, version }) => ({ table, id, version })),
    );
    expect(after.sort(byKey)).toEqual(versions.sort(byKey));
    const [unchanged] = await db.query<{ last: string }>(
      'SELECT last_value::text AS last FROM row_version',
    );
    expect(unchanged).toEqual(sequence);
    await migrate(db);
  });

  it('stores each synced row’s JSON as the pull would build it, after inserts, updates and tombstones', async () => {
    const [step] = await db.query<{ id: string }>(
      "SELECT id FROM steps WHERE kind = 'milestone' ORDER BY id LIMIT 1",
    );
    const [raw] = await db.query<Record<string, unknown>>(
      `SELECT ${selectList(tables.step)} FROM steps t WHERE t.id = $1`,
      [step!.id],
    );
    const { row: read } = rowOf(tables.step, raw!);
    await db.transaction(async (tx) => {
      await upsert(tx, tables.step, {
        ...read,
        status: 'rejected',
        decision: { by: 'x', at: '2026-11-24T10:00:00.000Z', comment: 'Il manque « l’avis »\n' },
        updatedAt: '2026-11-24T10:00:00.000Z',
      });
      await upsert(tx, tables.step, { ...read, id: `${String(read.pathId)}.99`, position: 99 });
      const [meeting] = await tx.query<{ id: string }>('SELECT id FROM meetings LIMIT 1');
      await tombstone(tx, tables.meeting, meeting!.id);
      // Comments on milestones came after migration 7, with their own trigger (migration 10).
      const [author] = await tx.query<{ id: string }>('SELECT id FROM agents LIMIT 1');
      const comment = {
        id: '0c000000-0000-4000-8000-000000000001',
        stepId: read.id,
        pathId: read.pathId,
        authorId: author!.id,
        at: '2026-11-24T10:00:00.000Z',
        text: 'Vu « ensemble »\n',
      };
      await upsert(tx, tables.milestoneComment, comment);
      await upsert(tx, tables.milestoneComment, { ...comment, text: 'Vu ensemble' });
      await upsert(tx, tables.milestoneComment, {
        ...comment,
        id: '0c000000-0000-4000-8000-000000000002',
      });
      await tombstone(tx, tables.milestoneComment, '0c000000-0000-4000-8000-000000000002');
      // Dismissed reminders came with migration 15, with their own trigger too.
      const key = `stepOverdue:${String(read.id)}:7`;
      const dismissal = { id: `${author!.id}:${key}`, agentId: author!.id, key, at: comment.at };
      await upsert(tx, tables.reminderDismissal, dismissal);
      await upsert(tx, tables.reminderDismissal, { ...dismissal, at: '2026-11-25T08:00:00.000Z' });
    });
    const rows = await storedAndBuilt(db);
    expectSame(rows);
    const comments = rows.get('milestone_comments')!;
    expect(comments).toHaveLength(2);
    expect(JSON.parse(comments[0]!.wire)).toMatchObject({
      text: 'Vu ensemble',
      at: '2026-11-24T10:00:00.000Z',
      version: Number(comments[0]!.version),
    });
    const [dismissal] = rows.get('reminder_dismissals')!;
    expect(JSON.parse(dismissal!.wire)).toMatchObject({
      key: `stepOverdue:${String(read.id)}:7`,
      at: '2026-11-25T08:00:00.000Z',
      version: Number(dismissal!.version),
    });
    const changed = rows.get('steps')!.find((row) => row.id === step!.id)!;
    expect(JSON.parse(changed.wire)).toMatchObject({
      status: 'rejected',
      decision: { comment: 'Il manque « l’avis »\n' },
      version: Number(changed.version),
    });
  });
});

const byKey = (a: { table: string; id: string }, b: { table: string; id: string }) =>
  `${a.table}/${a.id}`.localeCompare(`${b.table}/${b.id}`);
