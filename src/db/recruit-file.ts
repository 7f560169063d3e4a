import type {
  Attendance,
  MilestoneComment,
  GroupSession,
  Meeting,
  Path,
  PracticeGroup,
  Step,
  Training,
} from '../domain/entities';
import type { Agent } from '../domain/organisation';
import { pendingKeysOf } from './hooks';
import { useRememberedQuery } from './remembered';
import { stepsOfPath } from './steps';
import type { UserDb } from './user-db';

/** Everything a supervisor's device holds about one recruit, read together. */
export interface RecruitFile {
  agent: Agent;
  path: Path | null;
  steps: Step[];
  trainings: Training[];
  /** Dates for managers; the notes too for her mentor (the server sends only what each may read). */
  meetings: Meeting[];
  attendance: {
    attendance: Attendance;
    session: GroupSession | undefined;
    group: PracticeGroup | undefined;
  }[];
  mentor: Agent | null;
  /** The mentors she could be given: those of her circonscription this device holds. */
  mentors: Agent[];
  lastSyncAt: string | null;
  /** Her changes waiting on her devices, as they last said; null when unknown. */
  pendingChanges: number | null;
  pending: ReadonlySet<string>;
  /** Display names by agent id: who decided a milestone, who wrote a note. */
  names: ReadonlyMap<string, string>;
  /** Comments on her milestones, by step id, oldest first. */
  comments: ReadonlyMap<string, MilestoneComment[]>;
}

export async function readRecruitFile(db: UserDb, agentId: string): Promise<RecruitFile | null> {
  const agent = await db.agent.get(agentId);
  if (!agent) return null;
  const path = (await db.path.where('recruitId').equals(agentId).first()) ?? null;
  const [steps, trainings, meetings, attendance, health, pending, agents, comments] =
    await Promise.all([
      path ? stepsOfPath(db, path.id) : Promise.resolve([]),
      db.training.where('[agentId+date]').between([agentId, ''], [agentId, '\uffff']).toArray(),
      path
        ? db.meeting.where('[pathId+date]').between([path.id, ''], [path.id, '\uffff']).toArray()
        : Promise.resolve([]),
      db.attendance.where('agentId').equals(agentId).toArray(),
      db.syncHealth.get(agentId),
      pendingKeysOf(db),
      db.agent.toArray(),
      // Step ids are `<path id>.<position>`: the path's comments are one range of the index.
      path
        ? db.milestoneComment
            .where('[stepId+at]')
            .between([`${path.id}.`, ''], [`${path.id}.\uffff`, '\uffff'])
            .toArray()
        : Promise.resolve([]),
    ]);
  const commentsOf = new Map<string, MilestoneComment[]>();
  for (const comment of comments) {
    commentsOf.set(comment.stepId, [...(commentsOf.get(comment.stepId) ?? []), comment]);
  }
  const sessions = await db.groupSession.bulkGet(attendance.map((a) => a.sessionId));
  const groups = new Map((await db.practiceGroup.toArray()).map((g) => [g.id, g]));
  const circonscriptionId = path?.circonscriptionId ?? agent.circonscriptionId;
  return {
    agent,
    path,
    steps,
    trainings,
    meetings: meetings.reverse(),
    attendance: attendance
      .map((row, index) => {
        const session = sessions[index];
        return {
          attendance: row,
          session,
          group: session ? groups.get(session.groupId) : undefined,
        };
      })
      .sort((a, b) => (b.session?.date ?? '').localeCompare(a.session?.date ?? '')),
    mentor: agents.find((a) => a.id === path?.mentorId) ?? null,
    mentors: agents
      .filter((a) => a.roles.includes('mentor') && a.id !== agentId)
      .filter((a) => a.circonscriptionId === circonscriptionId)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')),
    lastSyncAt: health?.lastSyncAt ?? null,
    pendingChanges: health?.pending ?? null,
    pending,
    names: new Map(agents.map((a) => [a.id, a.displayName])),
    comments: commentsOf,
  };
}

/** A recruit's file as a live query: null when this device holds no such agent. Coming back
 *  to her page shows the last answer at once. */
export const useRecruitFile = (db: UserDb, agentId: string) =>
  useRememberedQuery(db, `recruitFile|${agentId}`, () => readRecruitFile(db, agentId));
