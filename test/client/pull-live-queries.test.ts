import { liveQuery } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { agents } from './agents';
import { createUserDb } from '../../src/db/user-db';
import { createPath } from '../../src/domain/path';
import type { PullResponse } from '../../src/domain/protocol';
import { assContractTemplate } from '../../src/domain/templates';
import { applyPull } from '../../src/sync/rebase';
import { stepsOfPath } from '../../src/db/steps';

const recruit = agents.recruit;
const { path, steps } = createPath(assContractTemplate, {
  id: '5f0c7c1e-8d7a-4b8e-9a51-2f1e0c3d4b01',
  recruitId: recruit.id,
  mentorId: null,
  circonscriptionId: recruit.circonscriptionId!,
  startDate: '2026-11-02',
});

const page = (changes: PullResponse['changes']): PullResponse => ({
  cursor: 'c',
  reset: false,
  more: false,
  lastMutationId: 0,
  changes,
});

/** The values a live query gave, and a way to wait for the next one. */
function watch<T>(query: () => Promise<T>) {
  const seen: T[] = [];
  let wake = () => {};
  const subscription = liveQuery(query).subscribe((value) => {
    seen.push(value);
    wake();
  });
  const next = (count: number) =>
    new Promise<void>((resolve) => {
      wake = () => seen.length >= count && resolve();
      wake();
    });
  return { seen, next, stop: () => subscription.unsubscribe() };
}

describe('applying a pull', () => {
  it('wakes the live queries over the tables it wrote, by key and by index', async () => {
    const db = createUserDb(recruit.id, { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const pathSteps = watch(async () => (await stepsOfPath(db, path.id)).length);
    const one = watch(() => db.path.get(path.id));
    await Promise.all([pathSteps.next(1), one.next(1)]);

    await applyPull(
      db,
      recruit,
      page([
        { entity: 'path', id: path.id, op: 'put', row: { ...path } },
        ...steps.map((step) => ({
          entity: 'step' as const,
          id: step.id,
          op: 'put' as const,
          row: { ...step },
        })),
      ]),
    );
    await Promise.all([pathSteps.next(2), one.next(2)]);
    expect(pathSteps.seen).toEqual([0, steps.length]);
    expect(one.seen.at(-1)).toMatchObject({ id: path.id });

    await applyPull(db, recruit, page([{ entity: 'step', id: steps[0]!.id, op: 'delete' }]));
    await pathSteps.next(3);
    expect(pathSteps.seen.at(-1)).toBe(steps.length - 1);
    pathSteps.stop();
    one.stop();
    db.close();
  });
});
