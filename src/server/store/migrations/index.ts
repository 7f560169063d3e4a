import { organisation } from './0001-organisation';
import { auth } from './0002-auth';
import { sync } from './0003-sync';
import { syncHealth } from './0004-sync-health';
import { rejections } from './0005-rejections';
import { createdVersion } from './0006-created-version';
import { storedJson } from './0007-stored-json';
import { versionGaps } from './0008-version-gaps';
import { deviceCookies } from './0009-device-cookies';
import { milestoneComments } from './0010-milestone-comments';
import { pendingChanges } from './0011-pending-changes';
import { organisationWrites } from './0012-organisation-writes';
import { activation } from './0013-activation';
import { clientsByVersion } from './0014-clients-by-version';
import { reminderDismissals } from './0015-reminder-dismissals';
import { push } from './0016-push';
import { reminderEmails } from './0017-reminder-emails';
import { content } from './0018-content';

export interface Migration {
  /** Position in the list, recorded in schema_migrations; never renumber a shipped one. */
  id: number;
  name: string;
  sql: string;
}

/** Append only: a shipped migration is never edited, a change is a new entry. */
export const migrations: readonly Migration[] = [
  { id: 1, name: 'organisation', sql: organisation },
  { id: 2, name: 'auth', sql: auth },
  { id: 3, name: 'sync', sql: sync },
  { id: 4, name: 'sync-health', sql: syncHealth },
  { id: 5, name: 'rejections', sql: rejections },
  { id: 6, name: 'created-version', sql: createdVersion },
  { id: 7, name: 'stored-json', sql: storedJson },
  { id: 8, name: 'version-gaps', sql: versionGaps },
  { id: 9, name: 'device-cookies', sql: deviceCookies },
  { id: 10, name: 'milestone-comments', sql: milestoneComments },
  { id: 11, name: 'pending-changes', sql: pendingChanges },
  { id: 12, name: 'organisation-writes', sql: organisationWrites },
  { id: 13, name: 'activation', sql: activation },
  { id: 14, name: 'clients-by-version', sql: clientsByVersion },
  { id: 15, name: 'reminder-dismissals', sql: reminderDismissals },
  { id: 16, name: 'push', sql: push },
  { id: 17, name: 'reminder-emails', sql: reminderEmails },
  { id: 18, name: 'content', sql: content },
];
