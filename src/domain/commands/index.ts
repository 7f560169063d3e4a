import type { AnyCommand } from './command';
import { agentCreate, agentDisable, agentUpdate } from './agents';
import { equipmentAcknowledge, equipmentSetStatus } from './equipment';
import { milestoneComment } from './comments';
import { approvalDelegate, delegationEnd } from './delegations';
import { groupCreate, groupSetAttendance, groupUpdate } from './groups';
import { interimEnd, interimRecord } from './interims';
import {
  circonscriptionCreate,
  circonscriptionUpdate,
  territoryCreate,
  territoryUpdate,
} from './organisation';
import { pathAssignMentor, pathCreate } from './paths';
import { sessionCancel, sessionSchedule } from './sessions';
import { meetingLog, trainingRecord } from './records';
import { reminderDismiss } from './reminders';
import { contentPublish, contentSave, contentUnpublish } from './content';
import { templatePublish, templateRetire } from './templates';
import { milestoneDecide, milestoneSubmit, stepSetDone } from './steps';

/** Every command of DESIGN §6 and §7b, by name: the device and the server look them up here. */
export const commands: ReadonlyMap<string, AnyCommand> = new Map(
  [
    stepSetDone,
    milestoneSubmit,
    milestoneDecide,
    equipmentSetStatus,
    equipmentAcknowledge,
    trainingRecord,
    meetingLog,
    pathCreate,
    pathAssignMentor,
    groupSetAttendance,
    approvalDelegate,
    delegationEnd,
    milestoneComment,
    agentCreate,
    agentUpdate,
    agentDisable,
    territoryCreate,
    territoryUpdate,
    circonscriptionCreate,
    circonscriptionUpdate,
    interimRecord,
    interimEnd,
    groupCreate,
    groupUpdate,
    sessionSchedule,
    sessionCancel,
    templatePublish,
    templateRetire,
    reminderDismiss,
    contentSave,
    contentPublish,
    contentUnpublish,
  ].map((command): [string, AnyCommand] => [command.name, command]),
);

export type { AnyCommand, Change, Context, Entity, Reader, Rows } from './command';
export { runCommand, type Outcome } from './run';
