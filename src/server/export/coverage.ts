/**
 * Which tables holding an agent's id the access export reads, and which it leaves out on
 * purpose, with why. test/server/export.test.ts lists every table that refers to agents
 * (foreign keys, `*_id` columns naming a person, arrays of agent ids) and fails on any table
 * in neither list: a new table makes its author decide, here, whether the agent sees it.
 */
export const COVERED_TABLES = {
  agents: 'account',
  manager_circonscriptions: 'organisation.managedCirconscriptions',
  territory_managers: 'organisation.supportedTerritories',
  sessions: 'account.activeSessions (a count: the ids are secrets)',
  device_cookies: 'account.rememberedDevices (a count: the tokens are secrets)',
  activation_codes: 'account.activationCode (pending or not, expiry; never the code)',
  paths: 'paths, mentoring',
  steps: 'paths[].steps, equipment, decisionsMade',
  milestone_comments: 'paths[].steps[].comments, commentsWritten',
  meetings: 'paths[].meetings (notes for herself and her mentor only), meetingsLogged',
  trainings: 'trainings',
  practice_groups: 'practiceGroups.memberOf, practiceGroups.facilitates',
  group_sessions: 'practiceGroups.attendance (dates and places)',
  attendance: 'practiceGroups.attendance',
  tutoring: 'tutoring.asTutor, tutoring.asTutee',
  delegations: 'delegations.given, delegations.received',
  interims: 'interims',
  clients: 'sync (devices, last sync, changes waiting)',
  rejections: 'sync.rejectedChanges',
  reminder_dismissals: 'sync.dismissedReminders',
  push_subscriptions: 'sync.pushSubscriptions (a count: the addresses are secrets)',
  reminder_sends: 'sync.remindersSent',
  reminder_email_opt_outs: 'sync.reminderEmails',
  content_items: 'contentWritten (what she proposed or edited)',
  content_revisions: 'contentWritten[].revisionsByHer',
  content_files: 'filesUploaded',
} as const satisfies Record<string, string>;

/** Tables that refer to agents, or look as if they might, and are not exported. */
export const EXCLUDED_TABLES = {
  // Rate limiting: keyed by the address typed (the account need not exist) and the client's
  // IP, not by agent; kept at most a day (the purge), and its content would tell nothing
  // the person does not know beyond her own failed attempts.
  login_failures: 'rate-limit rows, keyed by email typed and IP; purged after 24 h',
} as const satisfies Record<string, string>;

export type CoveredTable = keyof typeof COVERED_TABLES;
