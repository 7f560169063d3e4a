import { liveQuery } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createPath } from '../domain/path';
import type { Step } from '../domain/entities';
import { assContractTemplate } from '../domain/templates';
import { stepDigest } from '../domain/figures/step-digest';
import {
  allStepDigests,
  allSteps,
  getStep,
  pathIdOfStep,
  stepsOfPath,
  waitingSteps,
  writeSteps,
} from './steps';
import { oldDatabase } from '../../test/client/old-database';
import { createUserDb, type UserDb } from './user-db';

const recruitId = '0b6f3b8e-4a1c-4d7e-9a2f-3c5d7e9f1a20';

function pathOf(n: number) {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return createPath(assContractTemplate, {
    id,
    recruitId,
    mentorId: null,
    circonscriptionId: '7d1e5a3c-2b4f-4e6a-8c9d-0e1f2a3b4c5d',
    startDate: '2026-11-02',
  }).steps;
}

const fresh = async (): Promise<UserDb> => {
  const db = createUserDb(recruitId, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  return db;
};

const write = (db: UserDb, puts: Step[], deletes: string[] = []) =>
  db.transaction('rw', db.pathSteps, db.pathDigest, () => writeSteps(db, puts, deletes));

const submitted = (step: Step): Step => ({ ...step, status: 'submitted' });
const milestoneOf = (steps: Step[]) => steps.find((s) => s.needsApproval)!;

describe("a path's steps, one record a path", () => {
  it('finds a step from its id, and keeps the steps in position order', async () => {
    const db = await fresh();
    const steps = pathOf(1);
    await write(db, [...steps].reverse());

    expect(await db.pathSteps.count()).toBe(1);
    expect(await stepsOfPath(db, pathIdOfStep(steps[0]!.id))).toEqual(steps);
    expect(await getStep(db, steps[3]!.id)).toEqual(steps[3]);
    expect(await getStep(db, `${steps[0]!.pathId}.99`)).toBeUndefined();
    expect(await stepsOfPath(db, 'no-such-path')).toEqual([]);
  });

  it('merges changes into the stored steps, and drops the record with its last step', async () => {
    const db = await fresh();
    const [first, second] = [pathOf(1), pathOf(2)];
    await write(db, [...first, ...second]);

    const milestone = submitted(milestoneOf(first));
    await write(db, [milestone], [first[0]!.id]);
    expect(await getStep(db, milestone.id)).toEqual(milestone);
    expect(await getStep(db, first[0]!.id)).toBeUndefined();
    expect(await stepsOfPath(db, first[0]!.pathId)).toHaveLength(first.length - 1);
    expect(await waitingSteps(db)).toEqual([milestone]);

    await write(
      db,
      [],
      second.map((s) => s.id),
    );
    expect(await db.pathSteps.get(second[0]!.pathId)).toBeUndefined();
    expect((await allSteps(db)).map((s) => s.id)).toEqual(first.slice(1).map((s) => s.id));
  });

  it('counts the milestones awaiting a decision, and the review queue reads only those paths', async () => {
    const db = await fresh();
    const paths = [pathOf(1), pathOf(2), pathOf(3)];
    await write(db, paths.flat());
    await write(db, [submitted(milestoneOf(paths[2]!))]);

    expect((await db.pathSteps.toArray()).map((r) => r.waiting)).toEqual([0, 0, 1]);
    expect(await db.pathSteps.where('waiting').above(0).primaryKeys()).toEqual([
      paths[2]![0]!.pathId,
    ]);
    await write(db, [{ ...milestoneOf(paths[2]!), status: 'approved' }]);
    expect(await waitingSteps(db)).toEqual([]);
  });

  it("writes a pull's many paths with IndexedDB's own puts, and wakes the live queries", async () => {
    const db = await fresh();
    const paths = Array.from({ length: 60 }, (_, i) => pathOf(i + 1));
    const last = paths.at(-1)!;
    const seen: number[][] = [];
    const subscription = liveQuery(async () => [
      (await stepsOfPath(db, last[0]!.pathId)).length,
      (await waitingSteps(db)).length,
    ]).subscribe((value) => seen.push(value));
    await expect.poll(() => seen.length).toBe(1);

    await write(db, [...paths.flat(), submitted(milestoneOf(last))]);

    expect(await db.pathSteps.count()).toBe(60);
    await expect.poll(() => seen.at(-1)).toEqual([last.length, 1]);
    subscription.unsubscribe();
  });

  it('moves the steps of a version-4 database into their paths, nothing lost', async () => {
    const indexedDB = new IDBFactory();
    const old = oldDatabase(recruitId, indexedDB, 4);
    const milestoneId = milestoneOf(pathOf(2)).id;
    const steps = [
      ...pathOf(1),
      ...pathOf(2).map((s) => (s.id === milestoneId ? submitted(s) : s)),
    ];
    await old.table('step').bulkPut(steps);
    await old.table('meta').put({ key: 'cursor', value: '42' });
    old.close();

    const db = createUserDb(recruitId, { indexedDB, IDBKeyRange });
    await db.open();
    expect(await allSteps(db)).toEqual([...steps].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await waitingSteps(db)).toHaveLength(1);
    expect([...db.backendDB().objectStoreNames]).not.toContain('step');
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '42' });
  });

  it('keeps each path’s digest beside its steps, through merges, deletions and a pull', async () => {
    const db = await fresh();
    /** The digests as made from the steps the device holds now. */
    const fromSteps = async () =>
      (await db.pathSteps.toArray()).map((record) => stepDigest(record.pathId, record.steps));
    const [first, second] = [pathOf(1), pathOf(2)];
    await write(db, [...first, ...second]);
    await write(db, [submitted(milestoneOf(first)), { ...first[0]!, status: 'done' }]);
    await write(
      db,
      [],
      second.map((s) => s.id),
    );
    expect(await allStepDigests(db)).toEqual(await fromSteps());
    expect((await allStepDigests(db)).map((d) => [d.waiting, d.done])).toEqual([[1, 1]]);

    // A pull's page: many paths at once, through IndexedDB's own puts.
    await write(db, Array.from({ length: 60 }, (_, i) => pathOf(i + 10)).flat());
    expect(await db.pathDigest.count()).toBe(61);
    expect(await allStepDigests(db)).toEqual(await fromSteps());
  });

  it('digests the steps of a version-8 database on upgrade', async () => {
    const indexedDB = new IDBFactory();
    const old = oldDatabase(recruitId, indexedDB, 8);
    const steps = pathOf(3).map((s, i) => (i < 4 ? { ...s, status: 'done' as const } : s));
    await old.table('pathSteps').put({ pathId: steps[0]!.pathId, steps, waiting: 0 });
    old.close();

    const db = createUserDb(recruitId, { indexedDB, IDBKeyRange });
    await db.open();
    expect(await allStepDigests(db)).toEqual([stepDigest(steps[0]!.pathId, steps)]);
    expect((await allStepDigests(db))[0]).toMatchObject({ total: steps.length, done: 4 });
  });
});
