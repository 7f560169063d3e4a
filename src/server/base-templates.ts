import { demoTemplates } from '../domain/templates';
import type { Database, Queryable } from './store/database';
import { upsertMany } from './store/table-spec';
import { tables } from './store/tables';
import { takeWriterLock } from './store/writers';

/** The shipped templates (src/domain/templates) are every deployment's starting set, not
 *  only the demo's: without them a département with PARCOURS_DEMO=0 could not create a
 *  single path before its HR admin had written a template from nothing. */
export const baseTemplates = demoTemplates;

async function hasTemplates(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ found: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM templates) AS found',
  );
  return row?.found === true;
}

/**
 * Writes the shipped templates when the database has none at all; returns whether it did.
 * Once there is one (even retired), the set is the HR admin's: nothing is ever written again,
 * so a template she retired never comes back at the next start.
 */
export async function seedBaseTemplatesIfNone(db: Database): Promise<boolean> {
  if (await hasTemplates(db)) return false;
  return db.transaction(
    async (tx) => {
      // Versions are drawn under the writers' lock (see writers.ts); it also makes
      // processes started together seed once.
      await takeWriterLock(tx);
      if (await hasTemplates(tx)) return false;
      await upsertMany(tx, tables.template, baseTemplates);
      return true;
    },
    { isolation: 'readCommitted' },
  );
}
