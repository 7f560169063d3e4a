import { useLiveQuery } from 'dexie-react-hooks';
import type { UserDb } from './user-db';

/** The last answers, per database handle: another session (a new handle) never sees them. */
const answers = new WeakMap<UserDb, Map<string, unknown>>();

/**
 * A live query that starts from its last answer: coming back to a screen ("Mon parcours",
 * a dashboard, a recruit's page, "Bienvenue") shows it at once instead of a loading frame,
 * and the query brings this visit's answer (any change) a moment later. `key` names the
 * query and its arguments; `deps` are what else re-runs it.
 */
export function useRememberedQuery<T>(
  db: UserDb,
  key: string,
  query: () => Promise<T>,
  deps: readonly unknown[] = [],
): T | undefined {
  let kept = answers.get(db);
  if (!kept) answers.set(db, (kept = new Map<string, unknown>()));
  const last = kept;
  return useLiveQuery(
    async () => {
      const answer = await query();
      last.set(key, answer);
      return answer;
    },
    [db, key, ...deps],
    last.get(key) as T | undefined,
  );
}
