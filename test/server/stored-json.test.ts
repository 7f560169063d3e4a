import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/server/demo/seed';
import type { Database } from '../../src/server/store/database';
import { migrate } from '../../src/server/store/migrate';
import { migrations } from '../../src/server/store/migrations';
import { jsonRow, rowOf, selectList, tombstone, upsert } from '../../src/server/store/table-spec';
import { tables } from '../../src/server/store/tables';
import { fastHasher, stores } from './helpers';

const storing = Object.values(tables).filter((spec) => spec.storedJson);

/** Every row of every table that stores its JSON: the stored text beside the text the pull
 *  would build from the row's columns today, and its version. */
async function storedAndBuilt(db: Database) {
  const all = await Promise.all(
    storing.map((spec) =>
      db.query<{ id: string; wire: string; built: string; version: string }>(
        `SELECT t.id::text, t.wire, ${jsonRow(spec)}::text AS built, t.version::text
           FROM ${spec.table} t ORDER BY t.id`,
      ),
    ),
  );
  return new Map(storing.map((spec, i) => [spec.table, all[i]!]));
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
    ({ db, drop } = await store.open());
  });
  afterAll(() => drop());

  it('fills the JSON of rows written before the migration, without new versions', async () => {
    const before = migrations.filter((m) => m.name !== 'stored-json');
    await migrate(db, before);
    await seedDemoIfEmpty(db, fastHasher);
    const versions = await db.query<{ table: string; id: string; version: string }>(
      storing
        .map((s) => `SELECT '${s.table}' AS table, id::text, version::text FROM ${s.table}`)
        .join(' UNION ALL '),
    );
    const [sequence] = await db.query<{ last: string }>(
      'SELECT last_value::text AS last FROM row_version',
    );

    expect(await migrate(db)).toEqual(['stored-json']);

    const rows = await storedAndBuilt(db);
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
