import { z } from 'zod';
import { DueOffset } from './dates';
import { EmploymentStatus, Id, IsoDate, Service } from './organisation';

/** Rows every sync carries: `version` comes from the server's one global sequence (DESIGN §6);
 *  0 marks a row made on this device and not yet confirmed. */
const versioned = { version: z.number().int().min(0) };

export const StepKind = z.enum([
  'equipment',
  'training',
  'mentoring',
  'practiceGroup',
  'admin',
  'milestone',
]);
export type StepKind = z.infer<typeof StepKind>;

export const TemplateStep = z.strictObject({
  kind: StepKind,
  title: z.string().min(1).max(160),
  help: z.string().max(2000),
  due: DueOffset,
  needsApproval: z.boolean(),
  /** For equipment steps: the kind of item handed over (phone, laptop…). */
  itemType: z.string().max(60).optional(),
});
export type TemplateStep = z.infer<typeof TemplateStep>;

export const Template = z.strictObject({
  id: Id,
  name: z.string().min(1).max(160),
  job: z.string().min(1).max(120),
  status: EmploymentStatus,
  steps: z.array(TemplateStep).min(1).max(80),
  /** The first version's id, shared by every version of one template (DESIGN §4: editing
   *  publishes a new version; paths keep the steps they were given). The three fields below
   *  are absent from rows a device stored before issue 14: read them as id, 1 and false. */
  family: Id.optional(),
  /** 1 for the first version, then one more per publication. */
  revision: z.number().int().min(1).optional(),
  /** A retired version is no longer offered for new paths. */
  retired: z.boolean().optional(),
  ...versioned,
});
export type Template = z.infer<typeof Template>;

export const Path = z.strictObject({
  id: Id,
  recruitId: Id,
  mentorId: Id.nullable(),
  templateId: Id,
  circonscriptionId: Id,
  startDate: IsoDate,
  ...versioned,
});
export type Path = z.infer<typeof Path>;

export const plainStepStatuses = ['todo', 'done'] as const;
export const milestoneStatuses = ['todo', 'submitted', 'approved', 'rejected'] as const;
export const equipmentStatuses = [
  'requested',
  'ordered',
  'delivered',
  'acknowledged',
  'returned',
] as const;
/** One column for every kind of step; which values a step may take depends on its kind. */
export const StepStatus = z.enum([
  ...plainStepStatuses,
  'submitted',
  'approved',
  'rejected',
  ...equipmentStatuses,
]);
export type StepStatus = z.infer<typeof StepStatus>;

/** Who decided a milestone, when and why (DESIGN §4). */
export const Decision = z.strictObject({
  by: Id,
  at: z.iso.datetime(),
  decision: z.enum(['approved', 'rejected']),
  comment: z.string().max(2000).nullable(),
  /** The manager whose approvals the decider held by delegation; null when she decided in
   *  her own right. Absent from decisions made before it was recorded. */
  delegatedBy: Id.nullable().optional(),
});
export type Decision = z.infer<typeof Decision>;

/** `<path id>.<position>`: see stepIdOf in path.ts. */
export const StepId = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.\d{2}$/i,
    'invalid step id',
  );

export const Step = z.strictObject({
  id: StepId,
  pathId: Id,
  position: z.number().int().min(0),
  kind: StepKind,
  title: z.string().min(1).max(160),
  help: z.string().max(2000),
  dueDate: IsoDate,
  needsApproval: z.boolean(),
  status: StepStatus,
  itemType: z.string().max(60).nullable(),
  assetTag: z.string().max(60).nullable(),
  submittedNote: z.string().max(2000).nullable(),
  decision: Decision.nullable(),
  updatedAt: z.iso.datetime().nullable(),
  ...versioned,
});
export type Step = z.infer<typeof Step>;

export const Training = z.strictObject({
  id: Id,
  agentId: Id,
  date: IsoDate,
  title: z.string().min(1).max(160),
  provider: z.string().max(120).nullable(),
  days: z.number(),
  ...versioned,
});
export type Training = z.infer<typeof Training>;

export const Meeting = z.strictObject({
  id: Id,
  pathId: Id,
  date: IsoDate,
  /** Absent for those who may see that meetings happen but not what was said. */
  notes: z.string().max(5000).optional(),
  authorId: Id,
  ...versioned,
});
export type Meeting = z.infer<typeof Meeting>;

export const PracticeGroup = z.strictObject({
  id: Id,
  name: z.string().min(1).max(160),
  /** The facilitator's name as shown: an agent's, or an external practitioner's. */
  facilitator: z.string().min(1).max(120),
  /** The fields below are absent from rows a device stored before issue 14. */
  /** The facilitator when she is an agent (she records attendance); null when external. */
  facilitatorId: Id.nullable().optional(),
  territoryId: Id,
  /** The circonscriptions it serves (empty: the whole territory, or the service). */
  circonscriptionIds: z.array(Id).max(50).optional(),
  service: Service.nullable().optional(),
  memberIds: z.array(Id).max(200).optional(),
  closed: z.boolean().optional(),
  ...versioned,
});
export type PracticeGroup = z.infer<typeof PracticeGroup>;

export const GroupSession = z.strictObject({
  id: Id,
  groupId: Id,
  date: IsoDate,
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  durationMinutes: z.number().int().min(15).max(480),
  place: z.string().max(200),
  ...versioned,
});
export type GroupSession = z.infer<typeof GroupSession>;

/** Attendance only: no content of a session is ever captured (DESIGN §4). */
export const Attendance = z.strictObject({
  id: z.string(),
  sessionId: Id,
  agentId: Id,
  present: z.boolean(),
  ...versioned,
});
export type Attendance = z.infer<typeof Attendance>;

export const Tutoring = z.strictObject({
  id: Id,
  tutorId: Id,
  tuteeId: Id,
  tuteeStatus: z.enum(['apprentice', 'intern', 'civicService']),
  from: IsoDate,
  until: IsoDate.nullable(),
  ...versioned,
});
export type Tutoring = z.infer<typeof Tutoring>;

export const Delegation = z.strictObject({
  /** `<from agent>:<to agent>:<from date>`, so that delegating twice is one row. */
  id: z.string(),
  fromAgentId: Id,
  toAgentId: Id,
  from: IsoDate,
  until: IsoDate,
  ...versioned,
});
export type Delegation = z.infer<typeof Delegation>;

/** A remark on a milestone by its recruit, her mentor or a manager over the path; read by
 *  whoever reads the path (DESIGN §2: mentors comment on milestones). */
export const MilestoneComment = z.strictObject({
  id: Id,
  stepId: StepId,
  pathId: Id,
  authorId: Id,
  at: z.iso.datetime(),
  text: z.string().min(1).max(2000),
  ...versioned,
});
export type MilestoneComment = z.infer<typeof MilestoneComment>;

/** When an agent's devices last reached the server: what a mentor reads as "sync health". */
export const SyncHealth = z.strictObject({
  /** The agent's id. */
  id: Id,
  lastSyncAt: z.iso.datetime(),
  /** The changes waiting on her devices, as they last said (the sum over her devices);
   *  null when none has said, absent from rows stored before the field. */
  pending: z.number().int().min(0).nullable().optional(),
});
export type SyncHealth = z.infer<typeof SyncHealth>;

/** A reminder its recipient put away (issue 17): kept for her across her devices, so that
 *  a reminder dismissed on her phone is gone from her laptop too. Only hers, ever. */
export const ReminderDismissal = z.strictObject({
  /** `<agent id>:<reminder key>`, so that dismissing twice is one row. */
  id: z.string().max(300),
  agentId: Id,
  /** The reminder's key: `rule:subject:threshold` (src/domain/reminders). */
  key: z.string().max(200),
  at: z.iso.datetime(),
  ...versioned,
});
export type ReminderDismissal = z.infer<typeof ReminderDismissal>;
