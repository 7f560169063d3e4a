import type { Queryable } from '../store/database';
import { instant } from './sql';

export interface SyncPart {
  /** Devices (app installs) that have synced as her. Their ids are left out: a device's
   *  identity is of no use to her and would only help someone impersonate it. */
  devices: number;
  lastSyncAt: string | null;
  /** The changes her devices last said were waiting to be sent. */
  pendingChanges: number | null;
  /** The server's refusals of her devices' changes, kept a while to tell her why (the push
   *  answer may be lost), then purged. */
  rejectedChanges: {
    at: string;
    mutation: number;
    code: string;
    message: string;
    field: string | null;
  }[];
  /** The reminders she put away (issue 17), by key (`rule:subject:threshold`). */
  dismissedReminders: { key: string; at: string }[];
  /** Browsers that receive her notifications (a count: their addresses are secrets). */
  pushSubscriptions: number;
  /** The reminders sent to her, by which channel and when. */
  remindersSent: { key: string; channel: string; at: string }[];
  /** Whether she gets the daily digest of her reminders by e-mail. */
  reminderEmails: boolean;
}

/** Her sync health and the sync bookkeeping kept for her devices. */
export async function readSync(tx: Queryable, agentId: string): Promise<SyncPart> {
  const [health] = await tx.query<Pick<SyncPart, 'devices' | 'lastSyncAt' | 'pendingChanges'>>(
    `SELECT count(*)::integer AS devices, ${instant('max(last_seen_at)')} AS "lastSyncAt",
            (CASE WHEN sum(pending) > 1000000 THEN 1000000 ELSE sum(pending) END)::integer
              AS "pendingChanges"
       FROM clients WHERE agent_id = $1`,
    [agentId],
  );
  const rejectedChanges = await tx.query<SyncPart['rejectedChanges'][number]>(
    `SELECT ${instant('r.created_at')} AS at, r.mutation_id::float8 AS mutation, r.code,
            r.message, r.field
       FROM rejections r JOIN clients c ON c.client_id = r.client_id
      WHERE c.agent_id = $1
      ORDER BY r.created_at, r.mutation_id`,
    [agentId],
  );
  const dismissedReminders = await tx.query<SyncPart['dismissedReminders'][number]>(
    `SELECT reminder_key AS key, ${instant('dismissed_at')} AS at
       FROM reminder_dismissals WHERE agent_id = $1 AND NOT deleted
      ORDER BY dismissed_at, reminder_key`,
    [agentId],
  );
  const [push] = await tx.query<{ count: number }>(
    'SELECT count(*)::integer AS count FROM push_subscriptions WHERE agent_id = $1',
    [agentId],
  );
  const remindersSent = await tx.query<SyncPart['remindersSent'][number]>(
    `SELECT reminder_key AS key, channel, ${instant('sent_at')} AS at
       FROM reminder_sends WHERE agent_id = $1 ORDER BY sent_at, channel, reminder_key`,
    [agentId],
  );
  return {
    ...health!,
    rejectedChanges,
    dismissedReminders,
    pushSubscriptions: push?.count ?? 0,
    remindersSent,
    reminderEmails:
      (await tx.query('SELECT 1 FROM reminder_email_opt_outs WHERE agent_id = $1', [agentId]))
        .length === 0,
  };
}
