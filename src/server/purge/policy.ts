import type { Env } from '../env';

/**
 * How long Parcours keeps each kind of data (README "Retention", with its sources). Dead
 * credentials (expired or revoked sessions, expired device cookies, used or expired
 * activation codes) have no setting: they serve nothing once dead, so they go at once.
 */
export interface RetentionPolicy {
  /** Failed logins, counted by the throttle: at least its longest window (24 h). */
  throttleHours: number;
  /** The reasons of refused changes, kept for a device that lost the answer (≤ 60). */
  rejectionsDays: number;
  /** Mentor-meeting notes, after the path ends (its last step's due date, or the agent's
   *  end date when earlier): blanked; the meeting's date stays. */
  meetingNotesMonths: number;
  /** A leaver's onboarding data (path, steps, comments, meetings, trainings, attendance,
   *  group memberships), after her end date: deleted (tombstones). */
  leaverMonths: number;
}

export const DEFAULT_POLICY: RetentionPolicy = {
  throttleHours: 24,
  rejectionsDays: 60,
  meetingNotesMonths: 12,
  leaverMonths: 24,
};

/** The policy the configuration sets (env.ts validated the bounds). */
export const policyOf = (env: Env): RetentionPolicy => ({
  throttleHours: env.PARCOURS_RETENTION_THROTTLE_HOURS,
  rejectionsDays: env.PARCOURS_RETENTION_REJECTIONS_DAYS,
  meetingNotesMonths: env.PARCOURS_RETENTION_MEETING_NOTES_MONTHS,
  leaverMonths: env.PARCOURS_RETENTION_LEAVER_MONTHS,
});
