import { z } from 'zod';
import { ContentItem } from './content/entity';
import {
  Attendance,
  Delegation,
  GroupSession,
  Meeting,
  MilestoneComment,
  Path,
  PracticeGroup,
  ReminderDismissal,
  Step,
  SyncHealth,
  Template,
  Training,
  Tutoring,
} from './entities';
import { Agent, Circonscription, Interim, Territory } from './organisation';

/** Sync protocol version 1 (DESIGN §6), one module for both sides. A client speaking another
 *  version is answered 426 and asked to update. */
export const protocolVersion = 1;

/** The media type a client accepts to get every page of a pull in one answer, one DESIGN §6
 *  pull answer per line (server: pull-stream.ts); without it, the answer is one page. */
export const pullStreamType = 'application/x-ndjson';

/** The most mutations one push may carry; a client with more sends several pushes. */
export const maxMutationsPerPush = 500;

export const Mutation = z.strictObject({
  id: z.number().int().min(1),
  // Any string: an unknown or malformed name is that mutation's refusal (push), never the
  // whole push's, or the device would send it again and again, its queue jammed behind it.
  name: z.string(),
  args: z.unknown(),
  createdAt: z.iso.datetime(),
});
export type Mutation = z.infer<typeof Mutation>;

export const PushRequest = z.strictObject({
  protocol: z.number().int(),
  clientId: z.uuid(),
  mutations: z.array(Mutation).max(maxMutationsPerPush),
});
export type PushRequest = z.infer<typeof PushRequest>;

export const MutationResult = z.strictObject({
  id: z.number().int(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  error: z
    .strictObject({ code: z.string(), message: z.string(), field: z.string().optional() })
    .optional(),
});
export type MutationResult = z.infer<typeof MutationResult>;

export const PushResponse = z.strictObject({
  lastMutationId: z.number().int().min(0),
  results: z.array(MutationResult),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** The most changes a device says wait in its outbox (PullRequest.pending). */
export const maxPendingReported = 1_000_000;

export const PullRequest = z.strictObject({
  protocol: z.number().int(),
  clientId: z.uuid(),
  cursor: z.string().max(200).nullable(),
  /** How many of the device's changes the server has not yet acknowledged, as the pull
   *  starts: shown to her mentor and managers (SyncHealth.pending). Optional, so that an
   *  app without it still speaks protocol 1. */
  pending: z.number().int().min(0).max(maxPendingReported).optional(),
});
export type PullRequest = z.infer<typeof PullRequest>;

/** Every entity a pull carries, with the schema of its rows. */
export const entitySchemas = {
  territory: Territory,
  circonscription: Circonscription,
  agent: Agent,
  syncHealth: SyncHealth,
  template: Template,
  path: Path,
  step: Step,
  training: Training,
  meeting: Meeting,
  practiceGroup: PracticeGroup,
  groupSession: GroupSession,
  attendance: Attendance,
  tutoring: Tutoring,
  delegation: Delegation,
  milestoneComment: MilestoneComment,
  interim: Interim,
  reminderDismissal: ReminderDismissal,
  contentItem: ContentItem,
} as const;
export type SyncEntity = keyof typeof entitySchemas;
export const syncEntities = Object.keys(entitySchemas) as SyncEntity[];

/** A row as the server stores it: an object, checked without being copied (z.record would
 *  rebuild each of the thousands of rows an initial sync brings, for no stronger check). */
const Row = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'row must be an object',
);

export const RowChange = z.discriminatedUnion('op', [
  z.strictObject({
    entity: z.enum(syncEntities as [SyncEntity, ...SyncEntity[]]),
    id: z.string(),
    op: z.literal('put'),
    row: Row,
  }),
  z.strictObject({
    entity: z.enum(syncEntities as [SyncEntity, ...SyncEntity[]]),
    id: z.string(),
    op: z.literal('delete'),
  }),
]);
export type RowChange = z.infer<typeof RowChange>;

export const PullResponse = z.strictObject({
  cursor: z.string(),
  reset: z.boolean(),
  more: z.boolean(),
  lastMutationId: z.number().int().min(0),
  changes: z.array(RowChange),
});
export type PullResponse = z.infer<typeof PullResponse>;
