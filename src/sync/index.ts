export { SyncEngine, type SyncState, type SyncStatus } from './engine';
export { startTriggers } from './triggers';
export { httpTransport, transportOver, SyncError, type SyncTransport } from './transport';
