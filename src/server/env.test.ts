import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultThresholds } from '../domain/reminders/thresholds';
import { filesDir, loadEnv } from './env';

describe('loadEnv', () => {
  it('fills the defaults from an empty environment', () => {
    expect(loadEnv({})).toEqual({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATABASE_URL: undefined,
      PARCOURS_DATA_DIR: './data',
      PARCOURS_FILES_DIR: undefined,
      PARCOURS_DEMO: true,
      PARCOURS_STATIC_DIR: './dist',
      SESSION_TTL_HOURS: 720,
      LOG_LEVEL: 'info',
      PARCOURS_TRUST_PROXY: 0,
      PARCOURS_RETENTION_THROTTLE_HOURS: 24,
      PARCOURS_RETENTION_REJECTIONS_DAYS: 60,
      PARCOURS_RETENTION_MEETING_NOTES_MONTHS: 12,
      PARCOURS_RETENTION_LEAVER_MONTHS: 24,
      WEB_CONCURRENCY: 1,
      PUSH_SERVICE_HOSTS: [
        'fcm.googleapis.com',
        'push.services.mozilla.com',
        'notify.windows.com',
        'push.apple.com',
      ],
      PARCOURS_VAPID_SUBJECT: undefined,
      SMTP_URL: undefined,
      PARCOURS_MAIL_FROM: undefined,
      reminderThresholds: defaultThresholds,
    });
  });

  it('needs a sender with a mail server', () => {
    expect(() => loadEnv({ SMTP_URL: 'smtp://mail.departement.fr:587' })).toThrow(
      /PARCOURS_MAIL_FROM/,
    );
    expect(
      loadEnv({
        SMTP_URL: 'smtps://parcours:secret@mail.departement.fr',
        PARCOURS_MAIL_FROM: 'Parcours <parcours@departement.fr>',
      }),
    ).toMatchObject({ PARCOURS_MAIL_FROM: 'Parcours <parcours@departement.fr>' });
  });

  it('reads the push settings and the reminder thresholds', () => {
    expect(
      loadEnv({
        PUSH_SERVICE_HOSTS: 'fcm.googleapis.com, Push.Example.fr',
        PARCOURS_VAPID_SUBJECT: 'mailto:drh@departement.fr',
        REMINDER_STEP_DUE_SOON: '2',
      }),
    ).toMatchObject({
      PUSH_SERVICE_HOSTS: ['fcm.googleapis.com', 'push.example.fr'],
      PARCOURS_VAPID_SUBJECT: 'mailto:drh@departement.fr',
      reminderThresholds: { ...defaultThresholds, stepDueSoon: 2 },
    });
  });

  it.each([
    ['PUSH_SERVICE_HOSTS', '127.0.0.1'],
    ['PUSH_SERVICE_HOSTS', 'fcm.googleapis.com,localhost'],
    ['PUSH_SERVICE_HOSTS', 'https://fcm.googleapis.com'],
    ['PARCOURS_VAPID_SUBJECT', 'drh@departement.fr'],
    ['PARCOURS_VAPID_SUBJECT', 'http://departement.fr'],
    ['SMTP_URL', 'mail.departement.fr'],
    ['PARCOURS_MAIL_FROM', 'Parcours'],
    ['REMINDER_STEP_OVERDUE', '0'],
    ['REMINDER_MILESTONE_WAITING_TERRITORY', '3'],
    ['REMINDER_SILENT_DEVICE', 'deux semaines'],
  ])('refuses %s=%s at start-up, naming it', (name, value) => {
    expect(() => loadEnv({ [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('reads the given values', () => {
    const env = loadEnv({
      PORT: '8099',
      DATABASE_URL: 'postgres://u@h:5432/db',
      PARCOURS_DATA_DIR: 'memory://',
      PARCOURS_DEMO: '0',
      PARCOURS_TRUST_PROXY: 'true',
      SESSION_TTL_HOURS: '12',
    });
    expect(env).toMatchObject({
      PORT: 8099,
      DATABASE_URL: 'postgres://u@h:5432/db',
      PARCOURS_DATA_DIR: 'memory://',
      PARCOURS_DEMO: false,
      PARCOURS_TRUST_PROXY: 1,
      SESSION_TTL_HOURS: 12,
    });
  });

  it.each([
    ['the data directory', {}, 'data/files'],
    ['PGlite elsewhere', { PARCOURS_DATA_DIR: '/srv/parcours' }, '/srv/parcours/files'],
    ['PostgreSQL', { DATABASE_URL: 'postgres://u@h/db' }, 'data/files'],
    [
      'a temporary directory, with a database in memory',
      { PARCOURS_DATA_DIR: 'memory://' },
      undefined,
    ],
    [
      'its own variable',
      { PARCOURS_DATA_DIR: 'memory://', PARCOURS_FILES_DIR: '/mnt/files' },
      '/mnt/files',
    ],
    ['its own variable, always', { PARCOURS_FILES_DIR: '/mnt/files' }, '/mnt/files'],
  ])('keeps the uploaded files in %s', (_name, variables, expected) => {
    expect(filesDir(loadEnv(variables))).toBe(expected);
  });

  it.each([
    ['0', 0],
    ['off', 0],
    ['No', 0],
    ['false', 0],
    ['1', 1],
    ['yes', 1],
    ['ON', 1],
    [' 2 ', 2],
    ['10', 10],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.1, 192.168.0.0/16,::1', ['10.0.0.1', '192.168.0.0/16', '::1']],
    ['10.0.0.0/255.0.0.0', ['10.0.0.0/255.0.0.0']],
    ['fd00::/8,::ffff:10.0.0.0/104', ['fd00::/8', '::ffff:10.0.0.0/104']],
    ['Loopback, uniquelocal, linklocal', ['loopback', 'uniquelocal', 'linklocal']],
  ])('reads PARCOURS_TRUST_PROXY=%j as %j', (value, expected) => {
    expect(loadEnv({ PARCOURS_TRUST_PROXY: value }).PARCOURS_TRUST_PROXY).toEqual(expected);
  });

  it('treats empty strings as unset', () => {
    expect(loadEnv({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      PORT: 8080,
      DATABASE_URL: undefined,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['PARCOURS_DEMO', 'maybe'],
    ['SESSION_TTL_HOURS', '-1'],
    ['LOG_LEVEL', 'loud'],
    ['PARCOURS_TRUST_PROXY', 'maybe'],
    ['PARCOURS_TRUST_PROXY', '-1'],
    ['PARCOURS_TRUST_PROXY', '1.5'],
    ['PARCOURS_TRUST_PROXY', '11'],
    ['PARCOURS_TRUST_PROXY', 'proxy.internal'],
    ['PARCOURS_TRUST_PROXY', '10.0.0.1,'],
    ['PARCOURS_TRUST_PROXY', '10.0.0.1 10.0.0.2'],
    ['PARCOURS_TRUST_PROXY', '10.0.0.256'],
    ['PARCOURS_TRUST_PROXY', '10.0.0.0/33'],
    ['PARCOURS_TRUST_PROXY', '0.0.0.0/0'],
    ['PARCOURS_TRUST_PROXY', '::/129'],
    ['PARCOURS_TRUST_PROXY', '10.0.0.0/255.0.255.0'],
    ['PARCOURS_TRUST_PROXY', 'fd00::/ffff::'],
    ['PARCOURS_RETENTION_THROTTLE_HOURS', '1'],
    ['PARCOURS_RETENTION_REJECTIONS_DAYS', '90'],
    ['PARCOURS_RETENTION_MEETING_NOTES_MONTHS', '0'],
    ['PARCOURS_RETENTION_LEAVER_MONTHS', 'two years'],
    ['WEB_CONCURRENCY', '0'],
    ['WEB_CONCURRENCY', '-2'],
    ['WEB_CONCURRENCY', '1.5'],
    ['WEB_CONCURRENCY', 'auto'],
    ['WEB_CONCURRENCY', String(4 * availableParallelism() + 1)],
  ])('names %s when its value %j is bad', (name, value) => {
    const postgres = { DATABASE_URL: 'postgres://u@h:5432/db' };
    expect(() => loadEnv({ ...postgres, [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('runs several processes on PostgreSQL only, and says why', () => {
    expect(loadEnv({ WEB_CONCURRENCY: '2', DATABASE_URL: 'postgres://u@h/db' })).toMatchObject({
      WEB_CONCURRENCY: 2,
    });
    expect(() => loadEnv({ WEB_CONCURRENCY: '2' })).toThrow(
      /WEB_CONCURRENCY: several processes need PostgreSQL: set DATABASE_URL/,
    );
  });
});
