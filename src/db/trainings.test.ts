import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Training } from '../domain/entities';
import { oldDatabase } from '../../test/client/old-database';
import { trainingsOfYear } from './trainings';
import { createUserDb } from './user-db';

const agentId = '0b6f3b8e-4a1c-4d7e-9a2f-3c5d7e9f1a21';
const training = (n: number, date: string): Training => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  agentId,
  date,
  title: 'Formation',
  provider: null,
  days: 1,
  version: n,
});

describe('schema version 12: trainings by date', () => {
  it("reads one calendar year's trainings, both ends included, from a version-11 database", async () => {
    const indexedDB = new IDBFactory();
    const old = oldDatabase(agentId, indexedDB, 11);
    const rows = [
      training(1, '2025-12-31'),
      training(2, '2026-01-01'),
      training(3, '2026-06-15'),
      training(4, '2026-12-31'),
      training(5, '2027-01-01'),
    ];
    await old.table('training').bulkPut(rows);
    old.close();

    const db = createUserDb(agentId, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(12);
    const year = await trainingsOfYear(db, 2026);
    expect(year.map((row) => row.date).sort()).toEqual(['2026-01-01', '2026-06-15', '2026-12-31']);
    db.close();
  });
});
