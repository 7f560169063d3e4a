import { useLiveQuery } from 'dexie-react-hooks';
import type { UserDb } from '../../db';
import { allStepDigests } from '../../db/steps';
import { trainingsOfYear } from '../../db/trainings';
import type { ReportRows } from '../../domain/reports';

type Table = keyof ReportRows;

/** Where each of the reports' plain rows lives on the device: the tables the sync fills;
 *  trainings for the one calendar year the report counts. */
const readers: { [T in Table]: (db: UserDb, year: number) => Promise<ReportRows[T]> } = {
  territories: (db) => db.territory.toArray(),
  circonscriptions: (db) => db.circonscription.toArray(),
  agents: (db) => db.agent.toArray(),
  paths: (db) => db.path.toArray(),
  stepDigests: allStepDigests,
  trainings: trainingsOfYear,
  tutorings: (db) => db.tutoring.toArray(),
  interims: (db) => db.interim.toArray(),
};

/** The rows a report needs, besides the organisation every report scopes by. */
export type RowsOf<T extends Table> = Pick<ReportRows, T | 'territories' | 'circonscriptions'>;

/**
 * A report's rows as a live query: the same plain rows the server's CSV endpoints read, from
 * this device's synced copy, so the report opens offline and follows every sync. Only the
 * tables the report reads: the steps' digests of a whole territory are the largest, and only the
 * progress report needs them.
 */
export function useReportRows<T extends Table>(
  db: UserDb,
  tables: readonly T[],
  /** The calendar year whose trainings the report counts. */
  year: number,
): RowsOf<T> | undefined {
  const wanted = [...new Set<Table>(['territories', 'circonscriptions', ...tables])];
  return useLiveQuery(async () => {
    const read = await Promise.all(
      wanted.map(async (table) => [table, await readers[table](db, year)]),
    );
    return Object.fromEntries(read) as RowsOf<T>;
  }, [db, wanted.join(), year]);
}
