export type { StoredIdentity } from './device-db';
export { adoptIdentity, readIdentity, saveIdentity, watchIdentity, wipeDevice } from './identity';
export { openUserDb, userDbName } from './user-db';
