import { randomUUID } from 'node:crypto';
import {
  groupNotices,
  mayDeliverAt,
  parisDate,
  reminders,
  type Notice,
  type ReminderThresholds,
} from '../../domain/reminders';
import type { Database, Queryable } from '../store/database';
import { digestsDue, sendDigests, type MailSettings } from './email';
import { reminderRows } from './rows';
import { sendPush, type PushOutcome, type Subscription } from './send';
import type { PushRuntime } from './settings';
import { noticeText } from './text';

/** One pass holds the lease this long at most: a crashed process's lease lapses by then. */
const LEASE_MS = 5 * 60_000;
/** A push service that did not answer, or answered 429/5xx, is tried again after this. */
const RETRY_MS = 15 * 60_000;
/** Pushes in flight at once: a slow service delays its own, not everyone's. */
const PARALLEL = 8;

export interface PassResult {
  /** Why nothing was sent, when nothing could be. */
  skipped?: 'busy' | 'quiet hours' | 'push off';
  /** Reminders due today across the département, and the notices made of the unsent ones
   *  for people with a subscription. */
  reminders: number;
  notices: number;
  outcomes: Record<PushOutcome, number>;
  /** Daily digests e-mailed. */
  emails: number;
}

interface Target extends Subscription {
  agentId: string;
}

/**
 * The scheduled reminders pass (issue 17): every few minutes, one process at a time (a lease
 * row, so that any number of processes on any number of machines may run the schedule). It
 * runs the domain's rules over the whole département, keeps the reminders not dismissed and
 * not yet pushed to their recipient, groups them into one notice per person and rule, and
 * pushes each to her subscriptions — never in the quiet hours, never twice (reminder_sends),
 * at most one notice per person and rule a day; and, with a mail server, each person's daily
 * digest (email.ts). Idempotent: a pass cut short sends again only what it had not recorded.
 */
export async function runReminderPass(
  db: Database,
  push: PushRuntime,
  thresholds: ReminderThresholds,
  now: Date,
  { holder = randomUUID(), mail = null }: { holder?: string; mail?: MailSettings | null } = {},
): Promise<PassResult> {
  const result: PassResult = {
    reminders: 0,
    notices: 0,
    outcomes: { sent: 0, gone: 0, retry: 0, refused: 0 },
    emails: 0,
  };
  const subject = push.subject;
  if (!mayDeliverAt(now)) return { ...result, skipped: 'quiet hours' };
  if (subject === null && mail === null) return { ...result, skipped: 'push off' };
  if (!(await takeLease(db, holder, now))) return { ...result, skipped: 'busy' };
  try {
    const today = parisDate(now);
    const { notices, targets, count, digests } = await db.transaction(async (tx) => {
      const all = reminders(
        await reminderRows(tx, today, thresholds),
        today,
        now.toISOString(),
        thresholds,
      );
      const targets = subject === null ? new Map<string, Target[]>() : await subscriptions(tx, now);
      const skip = await alreadyHandled(tx, today);
      const digests = mail ? await digestsDue(tx, all, skip.dismissed, today) : [];
      const unsent = all.filter(
        (r) =>
          targets.has(r.recipientId) &&
          !skip.keys.has(`${r.recipientId} ${r.key}`) &&
          !skip.rules.has(`${r.recipientId} ${r.rule}`),
      );
      return { notices: groupNotices(unsent), targets, count: all.length, digests };
    });
    result.reminders = count;
    result.notices = notices.length;
    const signed = subject === null ? null : { ...push, subject };
    await inBatches(signed ? notices : [], PARALLEL, async (notice) => {
      const outcomes = await Promise.all(
        (targets.get(notice.recipientId) ?? []).map(async (target) => {
          const outcome = await sendPush(signed!, target, payloadOf(notice));
          result.outcomes[outcome]++;
          await afterSend(db, target, outcome, now);
          return outcome;
        }),
      );
      if (outcomes.includes('sent')) await recordSent(db, notice, now, today);
    });
    if (mail) result.emails = await sendDigests(db, mail, digests, now, today);
    return result;
  } finally {
    await db.query('UPDATE reminder_lease SET until = $2 WHERE id = 1 AND holder = $1', [
      holder,
      now,
    ]);
  }
}

const payloadOf = (notice: Notice) => ({
  title: noticeText('title', 1),
  body: noticeText(notice.rule, notice.count),
  url: notice.href,
  tag: notice.rule,
});

async function takeLease(db: Queryable, holder: string, now: Date): Promise<boolean> {
  const taken = await db.query(
    `INSERT INTO reminder_lease (id, holder, until) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET holder = $1, until = $2
       WHERE reminder_lease.until <= $3 OR reminder_lease.holder = $1
     RETURNING 1`,
    [holder, new Date(now.getTime() + LEASE_MS), now],
  );
  return taken.length > 0;
}

/** Each agent's subscriptions whose sign-in is live and whose service is not resting. */
async function subscriptions(tx: Queryable, now: Date): Promise<Map<string, Target[]>> {
  const rows = await tx.query<Target>(
    `SELECT p.agent_id AS "agentId", p.endpoint, p.p256dh, p.auth
       FROM push_subscriptions p
       JOIN sessions s ON s.id_hash = p.session_hash
       JOIN agents a ON a.id = p.agent_id
      WHERE s.revoked_at IS NULL AND s.expires_at > $1 AND NOT a.disabled
        AND (p.retry_after IS NULL OR p.retry_after <= $1)
        AND (p.expires_at IS NULL OR p.expires_at > $1)`,
    [now],
  );
  const byAgent = new Map<string, Target[]>();
  for (const row of rows) byAgent.set(row.agentId, [...(byAgent.get(row.agentId) ?? []), row]);
  return byAgent;
}

/** What not to push again: reminders pushed or dismissed before, and the rules a person was
 *  already notified of today; and what each person dismissed. */
async function alreadyHandled(tx: Queryable, today: string) {
  const sent = await tx.query<{ agent_id: string; reminder_key: string; sent_on: string }>(
    `SELECT agent_id, reminder_key, to_char(sent_on, 'YYYY-MM-DD') AS sent_on
       FROM reminder_sends WHERE channel = 'push'
     UNION ALL
     SELECT agent_id, reminder_key, '' FROM reminder_dismissals WHERE NOT deleted`,
  );
  return {
    dismissed: new Set(
      sent.filter((s) => s.sent_on === '').map((s) => `${s.agent_id} ${s.reminder_key}`),
    ),
    keys: new Set(sent.map((s) => `${s.agent_id} ${s.reminder_key}`)),
    rules: new Set(
      sent
        .filter((s) => s.sent_on === today)
        .map((s) => `${s.agent_id} ${s.reminder_key.split(':')[0]}`),
    ),
  };
}

async function afterSend(db: Queryable, target: Target, outcome: PushOutcome, now: Date) {
  if (outcome === 'gone')
    await db.query('DELETE FROM push_subscriptions WHERE endpoint = $1', [target.endpoint]);
  if (outcome === 'retry')
    await db.query('UPDATE push_subscriptions SET retry_after = $2 WHERE endpoint = $1', [
      target.endpoint,
      new Date(now.getTime() + RETRY_MS),
    ]);
}

async function recordSent(db: Queryable, notice: Notice, now: Date, today: string) {
  await db.query(
    `INSERT INTO reminder_sends (agent_id, reminder_key, channel, sent_at, sent_on)
     SELECT $1, key, 'push', $3, $4::date FROM unnest($2::text[]) AS key
     ON CONFLICT DO NOTHING`,
    [notice.recipientId, notice.keys, now, today],
  );
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(work));
}
