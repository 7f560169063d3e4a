import type { Queryable } from '../store/database';
import { instant, nameOf } from './sql';

/**
 * What she did on other people's paths: whom she mentors, the meetings she logged, the
 * comments she wrote, the milestones she decided. Dates, names and decisions, not the notes
 * or comments' text: that content is about the other person as much as about her, and
 * GDPR art. 15(4) keeps the copy from adversely affecting others; each recruit's own export
 * carries it.
 */
export interface ContributionsPart {
  mentoring: { recruit: string | null; startDate: string; circonscription: string | null }[];
  meetingsLogged: { date: string; recruit: string | null }[];
  commentsWritten: { at: string; recruit: string | null; step: string | null }[];
  decisionsMade: {
    at: string;
    decision: string;
    recruit: string | null;
    step: string;
    by: string | null;
    delegatedBy: string | null;
  }[];
}

/** Paths of others (tombstones aside), over a paths table aliased p. */
const othersPath = (p: string) => `${p}.recruit_id <> $1::uuid AND NOT ${p}.deleted`;

export async function readContributions(
  tx: Queryable,
  agentId: string,
): Promise<ContributionsPart> {
  const mentoring = await tx.query<ContributionsPart['mentoring'][number]>(
    `SELECT ${nameOf('p.recruit_id')} AS recruit, p.start_date::text AS "startDate",
            c.name AS circonscription
       FROM paths p LEFT JOIN circonscriptions c ON c.id = p.circonscription_id
      WHERE p.mentor_id = $1::uuid AND ${othersPath('p')}
      ORDER BY p.start_date, p.id`,
    [agentId],
  );
  const meetingsLogged = await tx.query<ContributionsPart['meetingsLogged'][number]>(
    `SELECT m.date::text AS date, ${nameOf('p.recruit_id')} AS recruit
       FROM meetings m JOIN paths p ON p.id = m.path_id
      WHERE m.author_id = $1::uuid AND NOT m.deleted AND ${othersPath('p')}
      ORDER BY m.date, m.id`,
    [agentId],
  );
  const commentsWritten = await tx.query<ContributionsPart['commentsWritten'][number]>(
    `SELECT ${instant('m.written_at')} AS at, ${nameOf('p.recruit_id')} AS recruit,
            s.title AS step
       FROM milestone_comments m JOIN paths p ON p.id = m.path_id
       LEFT JOIN steps s ON s.id = m.step_id
      WHERE m.author_id = $1::uuid AND NOT m.deleted AND ${othersPath('p')}
      ORDER BY m.written_at, m.id`,
    [agentId],
  );
  const decisionsMade = await tx.query<ContributionsPart['decisionsMade'][number]>(
    `SELECT s.decision->>'at' AS at, s.decision->>'decision' AS decision,
            ${nameOf('p.recruit_id')} AS recruit, s.title AS step,
            ${nameOf("s.decision->>'by'")} AS by,
            ${nameOf("s.decision->>'delegatedBy'")} AS "delegatedBy"
       FROM steps s JOIN paths p ON p.id = s.path_id
      WHERE (s.decision->>'by' = $1::text OR s.decision->>'delegatedBy' = $1::text)
        AND NOT s.deleted AND ${othersPath('p')}
      ORDER BY s.decision->>'at', s.id`,
    [agentId],
  );
  return { mentoring, meetingsLogged, commentsWritten, decisionsMade };
}
