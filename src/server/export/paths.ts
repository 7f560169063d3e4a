import type { Queryable } from '../store/database';
import { instant, nameOf } from './sql';

export interface DecisionPart {
  decision: string;
  at: string;
  by: string | null;
  comment: string | null;
  /** The manager whose approvals the decider held by delegation. */
  delegatedBy: string | null;
}

export interface StepPart {
  position: number;
  kind: string;
  title: string;
  dueDate: string;
  status: string;
  updatedAt: string | null;
  itemType: string | null;
  assetTag: string | null;
  submittedNote: string | null;
  decision: DecisionPart | null;
  comments: { at: string; author: string | null; text: string }[];
}

export interface MeetingPart {
  date: string;
  author: string | null;
  /** Only when the asker is the agent herself or her mentor (DESIGN §4, §7). */
  notes?: string;
}

export interface PathPart {
  template: string | null;
  circonscription: string | null;
  startDate: string;
  mentor: string | null;
  steps: StepPart[];
  meetings: MeetingPart[];
}

export interface EquipmentPart {
  title: string;
  itemType: string | null;
  assetTag: string | null;
  status: string;
  dueDate: string;
  updatedAt: string | null;
}

interface PathRow extends Omit<PathPart, 'steps' | 'meetings'> {
  id: string;
  mentorId: string | null;
}

/** Her own paths (as a recruit), each with its steps and their history (the decision: who,
 *  when, why; the comments), and its meetings. Tombstoned rows are gone for her too. */
export async function readPaths(
  tx: Queryable,
  agentId: string,
  askerId: string,
): Promise<PathPart[]> {
  const paths = await tx.query<PathRow>(
    `SELECT p.id, p.mentor_id AS "mentorId", t.name AS template, c.name AS circonscription,
            p.start_date::text AS "startDate", ${nameOf('p.mentor_id')} AS mentor
       FROM paths p
       LEFT JOIN templates t ON t.id = p.template_id
       LEFT JOIN circonscriptions c ON c.id = p.circonscription_id
      WHERE p.recruit_id = $1 AND NOT p.deleted
      ORDER BY p.start_date, p.id`,
    [agentId],
  );
  const ids = paths.map((path) => path.id);
  const steps = await tx.query<Omit<StepPart, 'comments'> & { id: string; pathId: string }>(
    `SELECT s.id, s.path_id AS "pathId", s.position, s.kind, s.title,
            s.due_date::text AS "dueDate", s.status, ${instant('s.updated_at')} AS "updatedAt",
            s.item_type AS "itemType", s.asset_tag AS "assetTag",
            s.submitted_note AS "submittedNote",
            CASE WHEN s.decision IS NULL THEN NULL ELSE json_build_object(
              'decision', s.decision->>'decision', 'at', s.decision->>'at',
              'by', ${nameOf("s.decision->>'by'")}, 'comment', s.decision->>'comment',
              'delegatedBy', ${nameOf("s.decision->>'delegatedBy'")}) END AS decision
       FROM steps s WHERE s.path_id = ANY($1::uuid[]) AND NOT s.deleted
      ORDER BY s.path_id, s.position`,
    [ids],
  );
  const comments = await tx.query<{
    stepId: string;
    at: string;
    author: string | null;
    text: string;
  }>(
    `SELECT m.step_id AS "stepId", ${instant('m.written_at')} AS at,
            ${nameOf('m.author_id')} AS author, m.body AS text
       FROM milestone_comments m WHERE m.path_id = ANY($1::uuid[]) AND NOT m.deleted
      ORDER BY m.written_at, m.id`,
    [ids],
  );
  const meetings = await tx.query<{
    pathId: string;
    date: string;
    author: string | null;
    notes: string;
  }>(
    `SELECT m.path_id AS "pathId", m.date::text AS date, ${nameOf('m.author_id')} AS author,
            m.notes
       FROM meetings m WHERE m.path_id = ANY($1::uuid[]) AND NOT m.deleted
      ORDER BY m.date, m.id`,
    [ids],
  );
  return paths.map(({ id, mentorId, ...path }) => {
    // Managers and HR see that meetings happen, not what was said.
    const readsNotes = askerId === agentId || askerId === mentorId;
    return {
      ...path,
      steps: steps
        .filter((step) => step.pathId === id)
        .map(({ id: stepId, pathId: _path, ...step }) => ({
          ...step,
          comments: comments
            .filter((comment) => comment.stepId === stepId)
            .map(({ stepId: _step, ...comment }) => comment),
        })),
      meetings: meetings
        .filter((meeting) => meeting.pathId === id)
        .map(({ pathId: _path, notes, ...meeting }) =>
          readsNotes ? { ...meeting, notes } : meeting,
        ),
    };
  });
}

/** Her equipment: the equipment steps of her paths. */
export const equipmentOf = (paths: readonly PathPart[]): EquipmentPart[] =>
  paths.flatMap((path) =>
    path.steps
      .filter((step) => step.kind === 'equipment')
      .map(({ title, itemType, assetTag, status, dueDate, updatedAt }) => ({
        title,
        itemType,
        assetTag,
        status,
        dueDate,
        updatedAt,
      })),
  );
