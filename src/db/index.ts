export type { StoredIdentity } from './device-db';
export { adoptIdentity, readIdentity, saveIdentity, watchIdentity, wipeDevice } from './identity';
export {
  closeUserDbs,
  createUserDb,
  openUserDb,
  userDbName,
  type OutboxEntry,
  type UserDb,
} from './user-db';
export { execute } from './execute';
export { loadActor } from './actor';
export { readMeta, writeMeta, type SyncMeta } from './meta';
export * from './hooks';
export { dismissNotice, pendingCount } from './notices';
