import type { DueOffset } from '../../../domain/dates';
import type { StepKind, Template } from '../../../domain/entities';
import type { EmploymentStatus } from '../../../domain/organisation';

/** A step as the editor holds it: text as typed, and a key that follows it when it moves. */
export interface DraftStep {
  key: string;
  kind: StepKind;
  title: string;
  help: string;
  unit: DueOffset['unit'];
  amount: string;
  needsApproval: boolean;
  itemType: string;
}

export interface Draft {
  name: string;
  job: string;
  status: EmploymentStatus | '';
  steps: DraftStep[];
}

const newKey = () => crypto.randomUUID();

export const blankStep = (): DraftStep => ({
  key: newKey(),
  kind: 'admin',
  title: '',
  help: '',
  unit: 'day',
  amount: '1',
  needsApproval: false,
  itemType: '',
});

/** The editor's starting point: a version's fields (to edit or copy it), or one blank step. */
export const draftOf = (template: Template | undefined, name = template?.name ?? ''): Draft => ({
  name,
  job: template?.job ?? '',
  status: template?.status ?? '',
  steps: template
    ? template.steps.map((step) => ({
        key: newKey(),
        kind: step.kind,
        title: step.title,
        help: step.help,
        unit: step.due.unit,
        amount: String(step.due.amount),
        needsApproval: step.needsApproval,
        itemType: step.itemType ?? '',
      }))
    : [blankStep()],
});

/** template.publish's arguments: positions follow the list's order. What was typed goes as
 *  it is (an empty amount is 0, a status not chosen is ''): the command names what is wrong. */
export const publishArgs = (draft: Draft, id: string, family: string) => ({
  id,
  family,
  name: draft.name,
  job: draft.job,
  status: draft.status,
  steps: draft.steps.map((step, index) => ({
    position: index + 1,
    kind: step.kind,
    title: step.title,
    help: step.help,
    due: { unit: step.unit, amount: Number(step.amount) },
    needsApproval: step.needsApproval,
    ...(step.kind === 'equipment' && step.itemType ? { itemType: step.itemType } : {}),
  })),
});

/** The list with the step at `index` moved by `by` places; unchanged past either end. */
export function moveStep<T>(steps: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= steps.length) return [...steps];
  const moved = [...steps];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

/** The part of a step a refusal names: `steps.2.title` is step 3's title, `steps.0.due.amount`
 *  the first step's amount. Undefined for a field outside the steps. */
export function stepFieldOf(
  field: string | undefined,
): { index: number; part: StepPart } | undefined {
  const match = /^steps\.(\d+)(?:\.(\w+))?(?:\.(\w+))?/.exec(field ?? '');
  if (!match) return undefined;
  const [, index, first, second] = match;
  const part = first === 'due' ? (second === 'unit' ? 'unit' : 'amount') : first;
  return { index: Number(index), part: isStepPart(part) ? part : 'step' };
}

const stepParts = [
  'position',
  'kind',
  'title',
  'help',
  'amount',
  'unit',
  'needsApproval',
  'itemType',
  'step',
] as const;
export type StepPart = (typeof stepParts)[number];
const isStepPart = (part: string | undefined): part is StepPart =>
  stepParts.some((known) => known === part);
