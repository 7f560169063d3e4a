import type { UserDb } from './user-db';

/** The person has read why the server refused a change. */
export const dismissNotice = (db: UserDb, id: number) => db.notices.delete(id);

export const pendingCount = (db: UserDb) => db.outbox.count();
