import { useLiveQuery } from 'dexie-react-hooks';
import type { UserDb } from '../../../db';

/** Every template version this device holds: a sync brings them all to everyone. */
export const useTemplates = (db: UserDb) => useLiveQuery(() => db.template.toArray(), [db]);
