import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { MilestoneComment } from '../domain/entities';
import { oldDatabase } from '../../test/client/old-database';
import { createUserDb } from './user-db';

const agentId = '0b6f3b8e-4a1c-4d7e-9a2f-3c5d7e9f1a21';

describe('schema version 7: comments on milestones', () => {
  it('opens a version-6 database with its rows, outbox and cursor, and a comments table', async () => {
    const indexedDB = new IDBFactory();
    const old = oldDatabase(agentId, indexedDB, 6);
    const delegation = {
      id: `${agentId}:${agentId}:2026-12-01`,
      fromAgentId: agentId,
      toAgentId: agentId,
      from: '2026-12-01',
      until: '2026-12-10',
      version: 3,
    };
    const pending = {
      id: 1,
      name: 'delegation.end',
      args: {},
      createdAt: '2026-11-29T08:00:00.000Z',
      before: [],
    };
    await old.table('delegation').put(delegation);
    await old.table('outbox').put(pending);
    await old.table('meta').put({ key: 'cursor', value: '42' });
    old.close();

    const db = createUserDb(agentId, { indexedDB, IDBKeyRange });
    await db.open();
    // Upgraded through every later version too.
    expect(db.verno).toBe(12);
    expect(await db.delegation.toArray()).toEqual([delegation]);
    expect(await db.outbox.toArray()).toEqual([pending]);
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '42' });

    const comment = (id: string, at: string): MilestoneComment => ({
      id,
      stepId: '00000000-0000-4000-8000-000000000001.02',
      pathId: '00000000-0000-4000-8000-000000000001',
      authorId: agentId,
      at,
      text: 'Bon bilan',
      version: 4,
    });
    await db.milestoneComment.bulkPut([
      comment('00000000-0000-4000-8000-0000000000c2', '2026-11-29T09:00:00.000Z'),
      comment('00000000-0000-4000-8000-0000000000c1', '2026-11-29T10:00:00.000Z'),
    ]);
    const stepId = '00000000-0000-4000-8000-000000000001.02';
    const inOrder = await db.milestoneComment
      .where('[stepId+at]')
      .between([stepId, Dexie.minKey], [stepId, Dexie.maxKey])
      .toArray();
    expect(inOrder.map((c) => c.at)).toEqual([
      '2026-11-29T09:00:00.000Z',
      '2026-11-29T10:00:00.000Z',
    ]);
  });
});
