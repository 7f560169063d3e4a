import { useLiveQuery } from 'dexie-react-hooks';
import type { Path, Step } from '../domain/entities';
import type { Agent } from '../domain/organisation';
import { isDone, isOverdue } from '../domain/path';
import { stepsOfPath, waitingSteps } from './steps';
import type { UserDb } from './user-db';

export interface Review {
  step: Step;
  path: Path;
  recruit: Agent | undefined;
}

/** Milestones waiting for a decision among the paths this device holds, oldest due first.
 *  The device holds only what its person may see (the server scopes every pull). */
export const useReviews = (db: UserDb) =>
  useLiveQuery(async (): Promise<Review[]> => {
    const [steps, held] = await Promise.all([waitingSteps(db), db.path.toArray()]);
    const paths = new Map(held.map((path) => [path.id, path]));
    const recruits = new Map(
      (await db.agent.bulkGet([...paths.values()].map((p) => p.recruitId))).flatMap((a) =>
        a ? [[a.id, a]] : [],
      ),
    );
    return steps
      .flatMap((step) => {
        const path = paths.get(step.pathId);
        return path ? [{ step, path, recruit: recruits.get(path.recruitId) }] : [];
      })
      .sort((a, b) => a.step.dueDate.localeCompare(b.step.dueDate));
  }, [db]);

export interface MenteeProgress {
  path: Path;
  recruit: Agent | undefined;
  done: number;
  total: number;
  overdue: number;
  waiting: number;
  /** When the recruit's devices last reached the server, if ever. */
  lastSyncAt: string | null;
}

/** The paths a mentor follows, with each one's progress as of `today`. */
export const useMentees = (db: UserDb, mentorId: string, today: string) =>
  useLiveQuery(async (): Promise<MenteeProgress[]> => {
    const paths = await db.path.where('mentorId').equals(mentorId).toArray();
    return Promise.all(
      paths.map(async (path) => {
        const steps = await stepsOfPath(db, path.id);
        return {
          path,
          recruit: await db.agent.get(path.recruitId),
          done: steps.filter(isDone).length,
          total: steps.length,
          overdue: steps.filter((s) => isOverdue(s, today)).length,
          waiting: steps.filter((s) => s.status === 'submitted').length,
          lastSyncAt: (await db.syncHealth.get(path.recruitId))?.lastSyncAt ?? null,
        };
      }),
    );
  }, [db, mentorId, today]);
