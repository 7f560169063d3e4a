import nodemailer, { type Transporter } from 'nodemailer';
import en from '../../../locales/en/reminders.json';
import fr from '../../../locales/fr/reminders.json';
import { reminderRules, type Reminder } from '../../domain/reminders';
import type { Queryable } from '../store/database';
import { countedText } from './text';

/** The deployment's mail server (SMTP_URL) and sender (PARCOURS_MAIL_FROM). */
export interface MailSettings {
  transport: Transporter;
  from: string;
  /** The app's address, for the link into it (PARCOURS_PUBLIC_URL); none, no link. */
  publicUrl?: string;
}

/** A pooled SMTP transport with bounded waits: a mail server that hangs holds the pass up
 *  for seconds, never for good. */
export function mailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}

type Strings = typeof fr.push;

/** One person's digest: a line a rule with its count, in French then English, and the
 *  link to her centre; no name but hers (her greeting): it may be read on any screen. */
export function digestOf(name: string, mine: readonly Reminder[], publicUrl?: string) {
  const counts = reminderRules
    .map((rule) => [rule, mine.filter((r) => r.rule === rule).length] as const)
    .filter(([, count]) => count > 0);
  const link = publicUrl ? `${publicUrl}/rappels` : null;
  const part = (strings: Strings, hello: string, words: typeof fr.email) =>
    [
      `${hello} ${name},`,
      '',
      ...counts.map(([rule, count]) => `- ${countedText(strings, rule, count)}`),
      '',
      words.see,
      ...(link ? [link] : []),
      '',
      words.stop,
    ].join('\n');
  return {
    subject: `Parcours : ${counts.map(([rule, count]) => countedText(fr.push, rule, count)).join(', ')}`,
    text: [
      part(fr.push, 'Bonjour', fr.email),
      '',
      '---',
      '',
      part(en.push, 'Hello', en.email),
    ].join('\n'),
  };
}

export interface Digest {
  agentId: string;
  email: string;
  name: string;
  mine: Reminder[];
}

/** The digests due today: each agent in post with an address, not opted out and not yet
 *  e-mailed today, who has at least one reminder she did not dismiss ("only when something
 *  is due"). */
export async function digestsDue(
  tx: Queryable,
  all: readonly Reminder[],
  dismissed: ReadonlySet<string>,
  today: string,
): Promise<Digest[]> {
  const byAgent = new Map<string, Reminder[]>();
  for (const r of all) {
    if (dismissed.has(`${r.recipientId} ${r.key}`)) continue;
    byAgent.set(r.recipientId, [...(byAgent.get(r.recipientId) ?? []), r]);
  }
  if (byAgent.size === 0) return [];
  const agents = await tx.query<{ id: string; email: string; name: string }>(
    `SELECT a.id, a.email, a.display_name AS name FROM agents a
      WHERE a.id = ANY($1::uuid[]) AND NOT a.disabled
        AND NOT EXISTS (SELECT 1 FROM reminder_email_opt_outs o WHERE o.agent_id = a.id)
        AND NOT EXISTS (SELECT 1 FROM reminder_sends r
                         WHERE r.agent_id = a.id AND r.channel = 'email' AND r.sent_on = $2::date)`,
    [[...byAgent.keys()], today],
  );
  return agents.map((a) => ({
    agentId: a.id,
    email: a.email,
    name: a.name,
    mine: byAgent.get(a.id)!,
  }));
}

/**
 * Sends each digest through the deployment's mail server and records it (one a day each).
 * A failure is that digest's alone: it is not recorded, so the next pass tries again, and the
 * others go on. Returns how many were sent.
 */
export async function sendDigests(
  db: Queryable,
  mail: MailSettings,
  digests: readonly Digest[],
  now: Date,
  today: string,
): Promise<number> {
  let sent = 0;
  for (const digest of digests) {
    const { subject, text } = digestOf(digest.name, digest.mine, mail.publicUrl);
    try {
      await mail.transport.sendMail({ from: mail.from, to: digest.email, subject, text });
    } catch {
      continue;
    }
    await db.query(
      `INSERT INTO reminder_sends (agent_id, reminder_key, channel, sent_at, sent_on)
       VALUES ($1, $2, 'email', $3, $4::date) ON CONFLICT DO NOTHING`,
      [digest.agentId, `digest:${today}`, now, today],
    );
    sent++;
  }
  return sent;
}
