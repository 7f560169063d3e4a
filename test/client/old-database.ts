import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import {
  schemaV10,
  schemaV11,
  schemaV2,
  schemaV4,
  schemaV7,
  schemaV8,
  schemaV9,
  userDbName,
} from '../../src/db/user-db';

/** The published schemas, in order, as an older app declared them (stores only: an older
 *  app had not the later upgrades). */
const published: Record<string, string | null>[] = [
  { meta: 'key' },
  schemaV2,
  { syncHealth: 'id' },
  schemaV4,
  { pathSteps: 'pathId, waiting' },
  { step: null },
  schemaV7,
  schemaV8,
  schemaV9,
  schemaV10,
  schemaV11,
];

/** An agent's database as the app of schema `version` left it, open for a test to fill,
 *  in its own `indexedDB`. */
export function oldDatabase(agentId: string, indexedDB: IDBFactory, version: number): Dexie {
  const old = new Dexie(userDbName(agentId), { indexedDB, IDBKeyRange });
  published.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  return old;
}
