import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RowChange } from '../../src/domain/protocol';
import { demoTemplates } from '../../src/domain/templates';
import { DEFAULT_POLICY, purge, type PurgeReport } from '../../src/server/purge';
import { scheduleDaily } from '../../src/server/purge/schedule';
import { decodeCursor } from '../../src/server/sync/cursor';
import { demo, stores, useHarness } from './helpers';
import {
  ago,
  before,
  DAY,
  deletedOf,
  hash,
  HOUR,
  lastVersion,
  notesOf,
  NOW,
  recruit,
  type Recruit,
} from './purge-fixtures';
import { pullAll, rowsOf, signIn } from './sync-helpers';

describe.each(stores())('the retention purge on $name', (store) => {
  const h = useHarness(store);
  h.clock.now = NOW;
  const fx = {} as Record<'ended' | 'recent' | 'leftEarly' | 'leaver' | 'recentLeaver', Recruit>;
  const cursors = { sophie: '', julien: '' };
  const clients = { sophie: randomUUID(), julien: randomUUID() };
  let report: PurgeReport;

  const secretsLeft = async (table: string, column: string, values: string[]) =>
    (
      await h.db.query<{ v: string }>(
        `SELECT ${column} AS v FROM ${table} WHERE ${column} = ANY($1) ORDER BY 1`,
        [values],
      )
    ).map((row) => row.v);

  beforeAll(async () => {
    const db = h.db;
    const julien = (await signIn(h.app, 'tuteur')).agent.id;
    const ines = (await signIn(h.app, 'recrue')).agent.id;
    fx.ended = await recruit(db, 'ended', { pathEnd: before(12, 1), mentorId: julien });
    fx.recent = await recruit(db, 'recent', { pathEnd: before(12, -1), mentorId: julien });
    // Left 13 months ago, before her path's last step: the path ended when she left.
    fx.leftEarly = await recruit(db, 'left-early', { pathEnd: before(-6), endDate: before(13) });
    fx.leaver = await recruit(db, 'leaver', { pathEnd: before(30), endDate: before(24, 1) });
    fx.recentLeaver = await recruit(db, 'recent-leaver', {
      pathEnd: before(30),
      endDate: before(24, -1),
    });

    // Dead and live credentials, old and recent bookkeeping, each told apart by its key.
    const [z] = await db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [
      demo('nora.belkacem'),
    ]);
    await db.query(
      `INSERT INTO sessions (id_hash, agent_id, created_at, expires_at, revoked_at) VALUES
         ($1, $4, $5, $6, NULL), ($2, $4, $5, $7, $5), ($3, $4, $5, $7, NULL)`,
      [
        hash('a'),
        hash('b'),
        hash('c'),
        ines,
        ago(30 * DAY),
        ago(1000),
        new Date(NOW.getTime() + HOUR),
      ],
    );
    await db.query(
      `INSERT INTO device_cookies (token_hash, agent_id, created_at, expires_at) VALUES
         ($1, $3, $4, $5), ($2, $3, $4, $6)`,
      [hash('d'), hash('e'), ines, ago(400 * DAY), ago(1000), new Date(NOW.getTime() + DAY)],
    );
    await db.query(
      `INSERT INTO activation_codes (agent_id, code_hash, expires_at, used_at, created_at) VALUES
         ($1, $4, $7, $8, $9), ($2, $5, $8, NULL, $9), ($3, $6, $7, NULL, $9)`,
      [
        fx.ended.id,
        fx.recent.id,
        z!.id,
        hash('1'),
        hash('2'),
        hash('3'),
        new Date(NOW.getTime() + DAY),
        ago(HOUR),
        ago(8 * DAY),
      ],
    );
    await db.query(
      `INSERT INTO login_failures (email, ip, failed_at) VALUES
         ('old@x.fr', '192.0.2.1', $1), ('young@x.fr', '192.0.2.1', $2)`,
      [ago(25 * HOUR), ago(23 * HOUR)],
    );
    const client = randomUUID();
    await db.query('INSERT INTO clients (client_id, agent_id) VALUES ($1, $2)', [client, ines]);
    await db.query(
      `INSERT INTO rejections (client_id, mutation_id, code, message, created_at) VALUES
         ($1, 1, 'invalid', 'old', $2), ($1, 2, 'invalid', 'young', $3)`,
      [client, ago(61 * DAY), ago(59 * DAY)],
    );

    // The devices of the manager and the mentor hold everything before the purge.
    for (const who of ['sophie', 'julien'] as const) {
      const session = await signIn(h.app, who === 'sophie' ? 'responsable' : 'tuteur');
      cursors[who] = (await pullAll(h.app, session, clients[who])).at(-1)!.cursor;
    }
    report = await purge(db, NOW, DEFAULT_POLICY);
  });

  it('deletes dead credentials at once and keeps live ones', async () => {
    expect(await secretsLeft('sessions', 'id_hash', [hash('a'), hash('b'), hash('c')])).toEqual([
      hash('c'),
    ]);
    expect(await secretsLeft('device_cookies', 'token_hash', [hash('d'), hash('e')])).toEqual([
      hash('e'),
    ]);
    const codes = [hash('1'), hash('2'), hash('3')];
    expect(await secretsLeft('activation_codes', 'code_hash', codes)).toEqual([hash('3')]);
    expect(report).toMatchObject({ sessions: 2, deviceCookies: 1, activationCodes: 2 });
  });

  it('forgets failed logins after 24 hours and refusals after 60 days, not sooner', async () => {
    expect(await secretsLeft('login_failures', 'email', ['old@x.fr', 'young@x.fr'])).toEqual([
      'young@x.fr',
    ]);
    expect(await secretsLeft('rejections', 'message', ['old', 'young'])).toEqual(['young']);
    expect(report).toMatchObject({ loginFailures: 1, rejections: 1 });
  });

  it('blanks meeting notes 12 months after the path ends, with a new version', async () => {
    const ended = await notesOf(h.db, fx.ended.meetingId);
    expect(ended).toMatchObject({ notes: '', deleted: false });
    expect(Number(ended.version)).toBeGreaterThan(decodeCursor(cursors.julien)!.v);
    // A day short of 12 months: untouched.
    expect((await notesOf(h.db, fx.recent.meetingId)).notes).toBe('Notes de recent');
    // She left 13 months ago, before her path's last step: it ended then.
    expect((await notesOf(h.db, fx.leftEarly.meetingId)).notes).toBe('');
    // And both leavers' (their paths ended when they left, 24 months ago).
    expect(report.meetingNotes).toBe(4);
  });

  it('tombstones a leaver’s onboarding data 24 months after she left; her account stays, disabled', async () => {
    expect(await deletedOf(h.db, fx.leaver)).toEqual({
      path: true,
      steps: true,
      meeting: true,
      comment: true,
      training: true,
      attendance: true,
      member: false,
      disabled: true,
    });
    expect(report).toMatchObject({ leavers: 1 });
    // No free text outlives the tombstones, in the columns or in the stored JSON.
    const [text] = await h.db.query<{ all: string }>(
      `SELECT concat_ws(' ', (SELECT string_agg(s.wire || coalesce(s.submitted_note, ''), ' ')
                                FROM steps s WHERE s.path_id = $1),
                        (SELECT m.wire || m.notes FROM meetings m WHERE m.path_id = $1),
                        (SELECT c.wire || c.body FROM milestone_comments c WHERE c.path_id = $1))
         AS all`,
      [fx.leaver.pathId],
    );
    expect(text!.all).not.toMatch(/Note de leaver|Bravo leaver|Notes de leaver|Commentaire de/);
  });

  it('leaves everyone younger untouched', async () => {
    const untouched = {
      path: false,
      steps: false,
      meeting: false,
      comment: false,
      training: false,
      attendance: false,
      member: true,
      disabled: false,
    };
    for (const r of [fx.recentLeaver, fx.recent, fx.leftEarly, fx.ended]) {
      expect(await deletedOf(h.db, r)).toEqual(untouched);
    }
    expect((await notesOf(h.db, fx.recentLeaver.meetingId)).notes).toBe('');
    const [ines] = await h.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM meetings m JOIN paths p ON p.id = m.path_id
         JOIN agents a ON a.id = p.recruit_id WHERE a.email = $1 AND m.notes <> ''`,
      [demo('recrue')],
    );
    expect(ines!.n).toBe(3);
  });

  it('sends the tombstones to the manager’s device at its next pull', async () => {
    const sophie = await signIn(h.app, 'responsable');
    const pages = await pullAll(h.app, sophie, clients.sophie, cursors.sophie);
    expect(pages[0]!.reset).toBe(false);
    const changes = pages.flatMap((page) => page.changes);
    const deleted = (entity: RowChange['entity']) =>
      changes.filter((c) => c.entity === entity && c.op === 'delete').map((c) => c.id);
    expect(deleted('path')).toEqual([fx.leaver.pathId]);
    expect(deleted('step').every((id) => id.startsWith(fx.leaver.pathId))).toBe(true);
    expect(deleted('step').length).toBe(demoTemplates[0]!.steps.length);
    expect(deleted('meeting')).toEqual([fx.leaver.meetingId]);
    expect(deleted('milestoneComment')).toEqual([fx.leaver.commentId]);
    expect(deleted('training')).toEqual([fx.leaver.trainingId]);
    expect(deleted('attendance')).toEqual([fx.leaver.attendanceId]);
    const leaver = rowsOf(changes, 'agent').find((row) => row.id === fx.leaver.id);
    expect(leaver).toMatchObject({ disabled: true });
  });

  it('sends the blanked notes to the mentor’s device', async () => {
    const julien = await signIn(h.app, 'tuteur');
    const pages = await pullAll(h.app, julien, clients.julien, cursors.julien);
    const meetings = rowsOf(
      pages.flatMap((page) => page.changes),
      'meeting',
    );
    expect(pages[0]!.reset).toBe(false);
    expect(meetings.find((m) => m.id === fx.ended.meetingId)).toMatchObject({ notes: '' });
    expect(meetings.find((m) => m.id === fx.recent.meetingId)).toBeUndefined();
  });

  it('finds nothing to do a second time, and draws no version', async () => {
    const version = await lastVersion(h.db);
    const again = await purge(h.db, NOW, DEFAULT_POLICY);
    expect(again).toEqual({
      sessions: 0,
      deviceCookies: 0,
      activationCodes: 0,
      loginFailures: 0,
      rejections: 0,
      meetingNotes: 0,
      leavers: 0,
      tombstones: 0,
    });
    expect(await lastVersion(h.db)).toBe(version);
  });

  it('follows a shorter configured duration', async () => {
    const later = await purge(h.db, NOW, { ...DEFAULT_POLICY, meetingNotesMonths: 11 });
    expect(later.meetingNotes).toBe(1);
    expect((await notesOf(h.db, fx.recent.meetingId)).notes).toBe('');
  });
});

describe('the daily schedule', () => {
  afterEach(() => vi.useRealTimers());

  it('runs after the first delay, then every period, and stops after the run under way', async () => {
    vi.useFakeTimers();
    let runs = 0;
    let release: () => void = () => undefined;
    const schedule = scheduleDaily(
      () => {
        runs += 1;
        return new Promise<void>((resolve) => (release = resolve));
      },
      { firstDelayMs: 60_000, everyMs: DAY, onError: () => undefined },
    );
    await vi.advanceTimersByTimeAsync(59_999);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(runs).toBe(2);

    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false); // the second run is still under way
    release();
    await stopping;
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(runs).toBe(2);
  });

  it('reports a failed run and tries again the next day', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let runs = 0;
    const schedule = scheduleDaily(
      () => {
        runs += 1;
        return Promise.reject(new Error('database away'));
      },
      { firstDelayMs: 0, everyMs: DAY, onError: (error) => errors.push(error) },
    );
    await vi.advanceTimersByTimeAsync(DAY);
    expect(runs).toBe(2);
    expect(errors).toHaveLength(2);
    await schedule.stop();
  });
});
