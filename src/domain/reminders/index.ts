// Reminders and escalation (issue 17): pure rules over synced rows, run by the device for its
// centre and by the server's scheduled pass for push and e-mail (DESIGN §7b).
export * from './delivery';
export * from './rows';
export * from './rules';
export * from './thresholds';
