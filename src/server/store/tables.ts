import type { SyncEntity } from '../../domain/protocol';
import type { TableSpec } from './table-spec';

const synced = { tombstones: true, versionInRow: true, writable: true, storedJson: true } as const;
const organisation = {
  tombstones: false,
  versionInRow: true,
  writable: true,
  storedJson: false,
} as const;

const managersOf = (table: string, column: string) =>
  `coalesce((SELECT array_agg(m.agent_id::text ORDER BY m.agent_id) FROM ${table} m
     WHERE m.${column} = t.id), ARRAY[]::text[])`;

/** Every entity a pull carries (DESIGN §6), declared once: the reader, the writer and the
 *  pull all go through these declarations, never through SQL written per command. */
export const tables: Record<SyncEntity, TableSpec> = {
  territory: {
    table: 'territories',
    fields: { id: 'plain', name: 'plain', closed: 'plain' },
    computed: { managerIds: managersOf('territory_managers', 'territory_id') },
    links: {
      managerIds: { table: 'territory_managers', owner: 'territory_id', member: 'agent_id' },
    },
    ...organisation,
  },
  circonscription: {
    table: 'circonscriptions',
    fields: { id: 'plain', territoryId: 'plain', name: 'plain', service: 'plain', closed: 'plain' },
    computed: { managerIds: managersOf('manager_circonscriptions', 'circonscription_id') },
    links: {
      managerIds: {
        table: 'manager_circonscriptions',
        owner: 'circonscription_id',
        member: 'agent_id',
      },
    },
    ...organisation,
  },
  agent: {
    table: 'agents',
    fields: {
      id: 'plain',
      email: 'plain',
      displayName: 'plain',
      roles: 'plain',
      job: 'plain',
      status: 'plain',
      circonscriptionId: 'plain',
      startDate: 'date',
      phone: 'plain',
      endDate: 'date',
      disabled: 'plain',
    },
    // Never the hash itself (DESIGN §8): only whether there is one.
    computed: { activated: 't.password_hash IS NOT NULL' },
    ...organisation,
    versionInRow: false,
  },
  syncHealth: {
    table: 'sync_health',
    fields: { id: 'plain', lastSyncAt: 'instant', pending: 'plain' },
    ...organisation,
    versionInRow: false,
    writable: false,
  },
  template: {
    table: 'templates',
    fields: {
      id: 'plain',
      name: 'plain',
      job: 'plain',
      status: 'plain',
      steps: 'json',
      family: 'plain',
      revision: 'plain',
      retired: 'plain',
    },
    ...synced,
  },
  path: {
    table: 'paths',
    fields: {
      id: 'plain',
      recruitId: 'plain',
      mentorId: 'plain',
      templateId: 'plain',
      circonscriptionId: 'plain',
      startDate: 'date',
    },
    ...synced,
  },
  step: {
    table: 'steps',
    textIds: true,
    fields: {
      id: 'plain',
      pathId: 'plain',
      position: 'plain',
      kind: 'plain',
      title: 'plain',
      help: 'plain',
      dueDate: 'date',
      needsApproval: 'plain',
      status: 'plain',
      itemType: 'plain',
      assetTag: 'plain',
      submittedNote: 'plain',
      decision: 'json',
      updatedAt: 'instant',
    },
    ...synced,
  },
  training: {
    table: 'trainings',
    fields: {
      id: 'plain',
      agentId: 'plain',
      date: 'date',
      title: 'plain',
      provider: 'plain',
      days: 'number',
    },
    ...synced,
  },
  meeting: {
    table: 'meetings',
    fields: { id: 'plain', pathId: 'plain', date: 'date', notes: 'plain', authorId: 'plain' },
    ...synced,
  },
  practiceGroup: {
    table: 'practice_groups',
    fields: {
      id: 'plain',
      name: 'plain',
      facilitator: 'plain',
      facilitatorId: 'plain',
      territoryId: 'plain',
      circonscriptionIds: 'plain',
      service: 'plain',
      memberIds: 'plain',
      closed: 'plain',
    },
    ...synced,
  },
  groupSession: {
    table: 'group_sessions',
    fields: {
      id: 'plain',
      groupId: 'plain',
      date: 'date',
      startTime: 'plain',
      durationMinutes: 'plain',
      place: 'plain',
    },
    ...synced,
  },
  attendance: {
    table: 'attendance',
    textIds: true,
    fields: { id: 'plain', sessionId: 'plain', agentId: 'plain', present: 'plain' },
    ...synced,
  },
  tutoring: {
    table: 'tutoring',
    fields: {
      id: 'plain',
      tutorId: 'plain',
      tuteeId: 'plain',
      tuteeStatus: 'plain',
      from: ['date', 'from_date'],
      until: ['date', 'until_date'],
    },
    ...synced,
  },
  delegation: {
    table: 'delegations',
    textIds: true,
    fields: {
      id: 'plain',
      fromAgentId: 'plain',
      toAgentId: 'plain',
      from: ['date', 'from_date'],
      until: ['date', 'until_date'],
    },
    ...synced,
  },
  milestoneComment: {
    table: 'milestone_comments',
    fields: {
      id: 'plain',
      stepId: 'plain',
      pathId: 'plain',
      authorId: 'plain',
      at: ['instant', 'written_at'],
      text: ['plain', 'body'],
    },
    ...synced,
  },
  interim: {
    table: 'interims',
    fields: {
      id: 'plain',
      managerId: 'plain',
      circonscriptionId: 'plain',
      from: ['date', 'from_date'],
      until: ['date', 'until_date'],
    },
    ...synced,
  },
  reminderDismissal: {
    table: 'reminder_dismissals',
    textIds: true,
    fields: {
      id: 'plain',
      agentId: 'plain',
      key: ['plain', 'reminder_key'],
      at: ['instant', 'dismissed_at'],
    },
    ...synced,
  },
  // Built at pull time rather than kept in `wire`: its JSON columns read back as they are.
  contentItem: {
    table: 'content_items',
    fields: {
      id: 'plain',
      kind: 'plain',
      status: 'plain',
      title: 'plain',
      theme: 'plain',
      body: 'plain',
      position: 'plain',
      target: 'json',
      step: 'json',
      media: 'json',
      attachments: 'json',
      authorTeam: 'plain',
      revision: 'plain',
      proposedBy: 'plain',
      updatedBy: 'plain',
      updatedAt: 'instant',
    },
    ...synced,
    storedJson: false,
  },
};
