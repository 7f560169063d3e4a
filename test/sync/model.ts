import fc from 'fast-check';
import type { Step } from '../../src/domain/entities';
import { isMilestone } from '../../src/domain/path';
import type { Device } from './device';
import { allSteps } from '../../src/db/steps';

export type Action =
  | { kind: 'command'; device: number; name: string; args: () => unknown }
  | { kind: 'sync'; device: number }
  | { kind: 'network'; device: number; online: boolean }
  | { kind: 'fault'; device: number; fault: string }
  | { kind: 'restart'; device: number }
  /** The server (HR) hires a recruit into the manager's circonscription. */
  | { kind: 'hire'; device: number };

/** At most this many hires over all the runs: each brings a path of its own to every pull. */
export const maxHires = 5;

/** The random actions of the model, over the recruit's path as the devices first pulled it:
 *  devices[0] is the recruit, [1] her mentor, [2] her manager. The manager also gives her
 *  path to another mentor (and back), and paths to the recruits HR hires (`hired`): each
 *  changes who sees what, the pull's scope. */
export async function actionsFor(devices: Device[]) {
  const recruit = devices[0]!;
  const hired: string[] = [];
  const manager = devices[2]!;
  const [template] = await manager.db.template.toArray();
  const mentors = (await manager.db.agent.toArray())
    .filter((agent) => agent.roles.includes('mentor'))
    .map((agent) => agent.id);
  const steps = await allSteps(recruit.db);
  const pathId = steps[0]!.pathId;
  const plain = steps.filter((s) => !isMilestone(s) && s.kind !== 'equipment');
  const milestones = steps.filter((s) => isMilestone(s));
  const equipment = steps.filter((s) => s.kind === 'equipment');
  const pick = (list: Step[]) => fc.constantFrom(...list.map((s) => s.id));
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-10-${String(d).padStart(2, '0')}`);
  const agentId = recruit.agent.id;

  const command = (device: number, name: string, args: fc.Arbitrary<unknown>) =>
    args.map((value): Action => ({ kind: 'command', device, name, args: () => value }));
  // New records need a fresh id each time the action runs, not each time it is generated.
  const creating = (device: number, name: string, args: fc.Arbitrary<Record<string, unknown>>) =>
    args.map((value): Action => ({
      kind: 'command',
      device,
      name,
      args: () => ({ id: crypto.randomUUID(), ...value }),
    }));

  const setDone = (device: number) =>
    command(device, 'step.setDone', fc.record({ stepId: pick(plain), done: fc.boolean() }));
  const training = (device: number) =>
    creating(
      device,
      'training.record',
      fc.record({
        agentId: fc.constant(agentId),
        date: day,
        title: fc.constantFrom('CNFPT', 'Protection de l’enfance', 'Écrits professionnels'),
        days: fc.integer({ min: 1, max: 4 }).map((n) => n / 2),
      }),
    );
  const meeting = (device: number) =>
    creating(
      device,
      'meeting.log',
      fc.record({
        pathId: fc.constant(pathId),
        date: day,
        notes: fc.constantFrom('Point', 'Bilan'),
      }),
    );

  const action: fc.Arbitrary<Action> = fc.oneof(
    setDone(0),
    setDone(1),
    setDone(2),
    training(0),
    training(1),
    meeting(0),
    meeting(1),
    command(
      0,
      'milestone.submit',
      fc.record({ stepId: pick(milestones), note: fc.constant('Prête') }),
    ),
    command(
      2,
      'milestone.decide',
      fc.record({
        stepId: pick(milestones),
        decision: fc.constantFrom('approved', 'rejected'),
        comment: fc.constant('Vu en entretien'),
      }),
    ),
    command(0, 'equipment.acknowledge', fc.record({ stepId: pick(equipment) })),
    command(
      2,
      'equipment.setStatus',
      fc.record({ stepId: pick(equipment), status: fc.constantFrom('ordered', 'delivered') }),
    ),
    fc.integer({ min: 0, max: 2 }).map((device): Action => ({ kind: 'sync', device })),
    fc
      .record({ device: fc.integer({ min: 0, max: 2 }), online: fc.boolean() })
      .map((r): Action => ({ kind: 'network', ...r })),
    fc
      .record({
        device: fc.integer({ min: 0, max: 2 }),
        fault: fc.constantFrom('dropRequest', 'dropResponse', 'duplicate', 'cutAnswer'),
      })
      .map((r): Action => ({ kind: 'fault', ...r })),
    fc.constant<Action>({ kind: 'restart', device: 0 }),
    fc.constant<Action>({ kind: 'hire', device: 2 }),
    // A path for the latest hire (not_found while the manager's device has not pulled her),
    // or, before any, for the recruit, who has one (has_path).
    fc.constant<Action>({
      kind: 'command',
      device: 2,
      name: 'path.create',
      args: () => ({
        id: crypto.randomUUID(),
        recruitId: hired.at(-1) ?? agentId,
        templateId: template!.id,
        startDate: '2026-10-01',
      }),
    }),
    command(
      2,
      'path.assignMentor',
      fc.record({ pathId: fc.constant(pathId), mentorId: fc.constantFrom(...mentors) }),
    ),
  );
  return { action, hired };
}
