// The figures every supervisor's screen shows and the reports will send: pure functions over
// synced rows, run on the device and, for the reports, on the server (DESIGN §7b).
export * from './approvals';
export * from './dashboard';
export * from './delegations';
export * from './recruit-row';
export * from './sync-freshness';
export * from './templates';
export * from './territory';
