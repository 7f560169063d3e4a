import type { LightMyRequestResponse } from 'fastify';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultThresholds } from '../../../src/domain/reminders';
import { mailTransport, type MailSettings } from '../../../src/server/push/email';
import { defaultPushHosts } from '../../../src/server/push/endpoint';
import { vapidKeys } from '../../../src/server/push/keys';
import { runReminderPass } from '../../../src/server/push/pass';
import type { PushRuntime } from '../../../src/server/push/settings';
import { demo, login, sessionCookie, stores, useHarness } from '../helpers';
import { weekdayAt } from './clock';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Undoes the MIME encodings nodemailer uses for UTF-8: quoted-printable bodies and
 *  RFC 2047 encoded words in headers. */
const quotedPrintable = (text: string) =>
  Buffer.from(
    text
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
const encodedWords = (text: string) =>
  text.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, body: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(body, 'base64').toString('utf8')
      : quotedPrintable(body.replace(/_/g, ' ')),
  );

function parse(raw: string, to: string): Mail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const body = rest.join('\n\n');
  const qp = /Content-Transfer-Encoding: quoted-printable/i.test(unfolded);
  return { to, subject: encodedWords(subject).trim(), text: qp ? quotedPrintable(body) : body };
}

describe.each(stores())('the daily digest by e-mail on $name', (store) => {
  const h = useHarness(store, { push: { policy: { hosts: defaultPushHosts } } });
  const inbox: Mail[] = [];
  let smtp: SMTPServer;
  let mail: MailSettings;
  let push: PushRuntime;
  let monday: Date;
  const run = (now: Date, withMail: MailSettings | null = mail) =>
    runReminderPass(h.db, push, defaultThresholds, now, { mail: withMail });
  const to = (local: string) => inbox.filter((m) => m.to === demo(local));

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          for (const rcpt of session.envelope.rcptTo)
            inbox.push(parse(Buffer.concat(chunks).toString('utf8'), rcpt.address));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    mail = {
      transport: mailTransport(`smtp://127.0.0.1:${port}`),
      from: 'Parcours <parcours@departement.example>',
      publicUrl: 'https://parcours.departement.example',
    };
    push = {
      policy: { hosts: defaultPushHosts },
      subject: null,
      timeoutMs: 300,
      keys: await vapidKeys(h.db, new Date()),
    };
    monday = weekdayAt(h.clock.now, 10);
  });
  afterAll(async () => {
    mail.transport.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('e-mails each person with something due one digest, in French then English, with no other name', async () => {
    const result = await run(monday);
    expect(result.emails).toBeGreaterThan(0);
    const [sophie, ...more] = to('responsable');
    expect(more).toEqual([]);
    expect(sophie!.subject).toContain('1 jalon attend votre validation');
    expect(sophie!.text).toContain('Bonjour Sophie Lambert,');
    expect(sophie!.text).toContain('- 1 jalon attend votre validation');
    expect(sophie!.text).toContain('Hello Sophie Lambert,');
    expect(sophie!.text).toContain('- 1 milestone awaits your approval');
    expect(sophie!.text).toContain('https://parcours.departement.example/rappels');
    const names = await h.db.query<{ name: string }>(
      "SELECT display_name AS name FROM agents WHERE email <> 'responsable@demo.parcours.fr'",
    );
    for (const { name } of names) expect(`${sophie!.subject}\n${sophie!.text}`).not.toContain(name);
    expect(to('recrue')).toHaveLength(1); // Inès has late steps of her own
  });

  it('sends one a day: not again the same day, nor after a restart; again the next working day', async () => {
    const count = inbox.length;
    await run(new Date(monday.getTime() + 30 * 60_000));
    await h.build();
    await run(new Date(monday.getTime() + 60 * 60_000));
    expect(inbox.length).toBe(count);
    await run(weekdayAt(new Date(monday.getTime() + 3_600_000), 9));
    expect(to('responsable')).toHaveLength(2);
  });

  it('lets her turn it off and on again, and refuses a preference that is not one', async () => {
    const cookie = sessionCookie(await login(h.app, demo('responsable')));
    const preference = (method: 'GET' | 'PUT', payload?: object): Promise<LightMyRequestResponse> =>
      h.app.inject({ method, url: '/api/reminders/email', headers: { cookie }, payload });
    expect((await preference('GET')).json()).toEqual({ enabled: true });
    expect((await preference('PUT', { enabled: false })).json()).toEqual({ enabled: false });
    expect((await preference('GET')).json()).toEqual({ enabled: false });
    const bad = await preference('PUT', { enabled: 'non' });
    expect([bad.statusCode, bad.json<{ error: { field: string } }>().error.field]).toEqual([
      400,
      'enabled',
    ]);
    expect((await preference('GET')).json()).toEqual({ enabled: false });

    const before = to('responsable').length;
    await run(weekdayAt(new Date(monday.getTime() + 4 * 86_400_000), 10));
    expect(to('responsable')).toHaveLength(before);
    await preference('PUT', { enabled: true });
    await run(weekdayAt(new Date(monday.getTime() + 6 * 86_400_000), 10));
    expect(to('responsable')).toHaveLength(before + 1);
  });

  it('goes on when the mail server is down, and sends at the next pass', async () => {
    const down = { ...mail, transport: mailTransport('smtp://127.0.0.1:9') };
    const day = weekdayAt(new Date(monday.getTime() + 9 * 86_400_000), 10);
    const failed = await run(day, down);
    down.transport.close();
    expect(failed.emails).toBe(0);
    const before = inbox.length;
    expect((await run(new Date(day.getTime() + 10 * 60_000))).emails).toBeGreaterThan(0);
    expect(inbox.length).toBeGreaterThan(before);
  });
});
