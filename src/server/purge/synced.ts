import type { Queryable } from '../store/database';
import type { RetentionPolicy } from './policy';

/** What a blanked free text becomes: a comment's body must hold one character at least
 *  (migration 10), and a tombstone is never shown. */
const ERASED_COMMENT = '-';

const ids = async (tx: Queryable, sql: string, params: readonly unknown[]) =>
  (await tx.query<{ id: string }>(sql, params)).map((row) => row.id);

/** The day `now` falls on (UTC, as stored dates are). */
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Mentor-meeting notes of paths that ended more than `months` ago are blanked. A path ends
 * at its last step's due date, or at its recruit's end date when she left before. The
 * meeting stays (its date counts for her manager) and takes a new version, so the devices
 * that hold the notes (her own, her mentor's) replace them at their next pull.
 */
export async function blankMeetingNotes(
  tx: Queryable,
  now: Date,
  policy: RetentionPolicy,
): Promise<number> {
  const rows = await tx.query(
    `WITH ended AS (
       SELECT p.id, least((SELECT max(s.due_date) FROM steps s
                            WHERE s.path_id = p.id AND NOT s.deleted), a.end_date) AS ended_on
         FROM paths p JOIN agents a ON a.id = p.recruit_id
        WHERE NOT p.deleted)
     UPDATE meetings m SET notes = ''
       FROM ended e
      WHERE m.path_id = e.id AND NOT m.deleted AND m.notes <> ''
        AND e.ended_on + make_interval(months => $2) < $1::date
     RETURNING 1`,
    [dayOf(now), policy.meetingNotesMonths],
  );
  return rows.length;
}

/**
 * A leaver's onboarding data, `months` after her end date, becomes tombstones: her paths,
 * their steps, comments and meetings, her trainings and attendance; she leaves her groups.
 * Tombstones take a new version, so every device that holds the rows (hers, her mentor's,
 * her managers', HR's) deletes them at its next pull (and the reminders she dismissed go); their free text is blanked in the
 * same write, so the server keeps only what the tombstone needs (ids, dates, states).
 * Her account row stays, disabled: other records name her (tutoring for the bonus ledger,
 * decisions she took), and the account is HR's to delete.
 */
export async function purgeLeavers(
  tx: Queryable,
  now: Date,
  policy: RetentionPolicy,
): Promise<{ leavers: number; tombstones: number }> {
  const leavers = await ids(
    tx,
    // Those with something left to purge, so that a leaver is counted once.
    `SELECT a.id FROM agents a
      WHERE a.end_date IS NOT NULL AND a.end_date + make_interval(months => $2) < $1::date
        AND (NOT a.disabled
             OR EXISTS (SELECT 1 FROM paths p WHERE p.recruit_id = a.id AND NOT p.deleted)
             OR EXISTS (SELECT 1 FROM trainings t WHERE t.agent_id = a.id AND NOT t.deleted)
             OR EXISTS (SELECT 1 FROM attendance x WHERE x.agent_id = a.id AND NOT x.deleted)
             OR EXISTS (SELECT 1 FROM practice_groups g
                         WHERE a.id::text = ANY(g.member_ids) AND NOT g.deleted))`,
    [dayOf(now), policy.leaverMonths],
  );
  if (leavers.length === 0) return { leavers: 0, tombstones: 0 };
  const paths = await ids(tx, 'SELECT id FROM paths WHERE recruit_id = ANY($1::uuid[])', [leavers]);
  const writes: [string, readonly unknown[]][] = [
    [
      `UPDATE steps SET deleted = true, submitted_note = NULL, asset_tag = NULL,
              decision = CASE WHEN decision IS NULL THEN NULL
                              ELSE decision || '{"comment": null}'::jsonb END
        WHERE path_id = ANY($1::uuid[]) AND NOT deleted`,
      [paths],
    ],
    [
      `UPDATE milestone_comments SET deleted = true, body = '${ERASED_COMMENT}'
        WHERE path_id = ANY($1::uuid[]) AND NOT deleted`,
      [paths],
    ],
    [
      `UPDATE meetings SET deleted = true, notes = ''
        WHERE path_id = ANY($1::uuid[]) AND NOT deleted`,
      [paths],
    ],
    ['UPDATE paths SET deleted = true WHERE id = ANY($1::uuid[]) AND NOT deleted', [paths]],
    [
      'UPDATE trainings SET deleted = true WHERE agent_id = ANY($1::uuid[]) AND NOT deleted',
      [leavers],
    ],
    [
      'UPDATE attendance SET deleted = true WHERE agent_id = ANY($1::uuid[]) AND NOT deleted',
      [leavers],
    ],
    [
      `UPDATE reminder_dismissals SET deleted = true
        WHERE agent_id = ANY($1::uuid[]) AND NOT deleted`,
      [leavers],
    ],
  ];
  let tombstones = 0;
  for (const [sql, params] of writes) {
    tombstones += (await tx.query(`${sql} RETURNING 1`, params)).length;
  }
  await tx.query(
    `UPDATE practice_groups
        SET member_ids = ARRAY(SELECT m FROM unnest(member_ids) m WHERE m <> ALL($1::text[]))
      WHERE member_ids && $1::text[] AND NOT deleted`,
    [leavers],
  );
  await tx.query('UPDATE agents SET disabled = true WHERE id = ANY($1::uuid[]) AND NOT disabled', [
    leavers,
  ]);
  return { leavers: leavers.length, tombstones };
}
