import type { UserDb } from './user-db';

/** The device's sync bookkeeping, one record per key in the `meta` table. */
export interface SyncMeta {
  clientId: string;
  cursor: string | null;
  /** The highest mutation id the server has acknowledged, as of the last pull applied. */
  lastMutationId: number;
  /** The highest the last push answer said the server has, applied or refused: not sent
   *  again, though kept in the outbox until a pull confirms it (and rebases on it). */
  pushedMutationId: number;
  /** The id the next local mutation takes (DESIGN §6: per client, increasing by 1). */
  nextMutationId: number;
  lastSyncAt: string | null;
  lastError: string | null;
}

const defaults = (): Omit<SyncMeta, 'clientId'> => ({
  cursor: null,
  lastMutationId: 0,
  pushedMutationId: 0,
  nextMutationId: 1,
  lastSyncAt: null,
  lastError: null,
});

export async function readMeta(db: UserDb): Promise<SyncMeta> {
  const records = await db.meta.toArray();
  const stored = Object.fromEntries(records.map((r) => [r.key, r.value])) as Partial<SyncMeta>;
  const meta = { ...defaults(), ...stored } as SyncMeta;
  if (!stored.clientId) {
    // A client id belongs to one user on one device; it is made once and kept.
    meta.clientId = crypto.randomUUID();
    await db.meta.put({ key: 'clientId', value: meta.clientId });
  }
  return meta;
}

export async function writeMeta(db: UserDb, patch: Partial<SyncMeta>): Promise<void> {
  await db.meta.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
}
