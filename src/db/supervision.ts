import { useLiveQuery } from 'dexie-react-hooks';
import type { RecruitRow } from '../domain/figures';
// From their modules, not the reports' index: the dashboards' chunk needs no report.
import { recruitRowsOf } from '../domain/reports/recruit-rows';
import type { ReportScope } from '../domain/reports/scope';
import { useRememberedQuery } from './remembered';
import { allStepDigests } from './steps';
import type { UserDb } from './user-db';
import { trainingsOfYear } from './trainings';

/** Where a dashboard looks: one circonscription, or everything the device holds. */
export interface RowsScope {
  circonscriptionIds?: readonly string[];
  mentorId?: string;
}

/**
 * One dashboard row per recruit this device holds (the server sent only the person's scope),
 * computed by the domain's figures from the synced rows. Every table is read once, in one
 * pass each, whatever the number of recruits: a territory holds about 200.
 *
 * The rows are the reports' (recruitRowsOf), so a manager's progress report and her
 * dashboard count the same recruits the same way. A mentor's are the rows whose path names
 * her: of all the device holds, as her device holds only her mentees' paths anyway.
 */
export async function recruitRows(
  db: UserDb,
  scope: RowsScope,
  today: string,
  now: string,
): Promise<RecruitRow[]> {
  const [agents, paths, stepDigests, trainings, syncHealth] = await Promise.all([
    db.agent.toArray(),
    db.path.toArray(),
    allStepDigests(db),
    // The dashboard counts this year's training days only.
    trainingsOfYear(db, Number(today.slice(0, 4))),
    db.syncHealth.toArray(),
  ]);
  const where: ReportScope =
    scope.mentorId === undefined && scope.circonscriptionIds !== undefined
      ? { all: false, circonscriptionIds: scope.circonscriptionIds }
      : { all: true };
  const rows = recruitRowsOf(
    { agents, paths, stepDigests, trainings, syncHealth },
    where,
    today,
    now,
  );
  return scope.mentorId === undefined
    ? rows
    : rows.filter((row) => row.mentorId === scope.mentorId);
}

/** recruitRows as a live query: the dashboard follows every sync and local write. Coming
 *  back, it shows the last visit's rows at once, then this visit's (its instant for the
 *  "last sync" words). */
export const useRecruitRows = (db: UserDb, scope: RowsScope, today: string, now: string) =>
  useRememberedQuery(
    db,
    `recruitRows|${scope.circonscriptionIds?.join() ?? '*'}|${scope.mentorId ?? ''}|${today}`,
    () => recruitRows(db, scope, today, now),
    [now],
  );

/** Every circonscription this device holds, by name. */
export const useCirconscriptions = (db: UserDb) =>
  useLiveQuery(async () => {
    const rows = await db.circonscription.toArray();
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }, [db]);
