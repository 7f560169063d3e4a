// Small builders for template steps: the offsets, one maker per kind of step, and the
// template factory that puts the steps in due order.
import { addOffset, type DueOffset } from '../dates';
import type { Template, TemplateStep } from '../entities';
import type { EmploymentStatus } from '../organisation';

/** The items the demo templates hand over. `itemType` stays a free string in the schema. */
export const equipmentItemTypes = ['phone', 'laptop', 'tablet', 'headset', 'badge'] as const;
export type EquipmentItemType = (typeof equipmentItemTypes)[number];

/** "Day 1" is the start date itself. Templates use days 1–7, weeks 1–4, then months: every
 *  start date then keeps the same order (week 4 ≤ month 1 even from 1 February). */
export const day = (amount: number): DueOffset => ({ unit: 'day', amount });
export const week = (amount: number): DueOffset => ({ unit: 'week', amount });
export const month = (amount: number): DueOffset => ({ unit: 'month', amount });

type PlainKind = 'admin' | 'training' | 'mentoring' | 'practiceGroup';

const plain =
  (kind: PlainKind) =>
  (due: DueOffset, title: string, help: string): TemplateStep => ({
    kind,
    title,
    help,
    due,
    needsApproval: false,
  });

export const admin = plain('admin');
export const training = plain('training');
export const mentoring = plain('mentoring');
export const practiceGroup = plain('practiceGroup');

/** A jalon: the recruit asks for its review, the manager approves or rejects it. */
export const milestone = (due: DueOffset, title: string, help: string): TemplateStep => ({
  kind: 'milestone',
  title,
  help,
  due,
  needsApproval: true,
});

export const equipment = (
  due: DueOffset,
  itemType: EquipmentItemType,
  title: string,
  help: string,
): TemplateStep => ({ kind: 'equipment', title, help, due, needsApproval: false, itemType });

/** The start date against which steps are put in order; any start gives the same order. */
const orderingStart = '2026-02-01';

/** Steps in due order; steps due the same day keep the order they were written in. */
export const inDueOrder = (steps: readonly TemplateStep[]): TemplateStep[] =>
  steps
    .map((step, index) => ({ step, index, due: addOffset(orderingStart, step.due) }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.index - b.index)
    .map(({ step }) => step);

export interface TemplateInput {
  id: string;
  name: string;
  job: string;
  status: EmploymentStatus;
  steps: readonly TemplateStep[];
}

/** A demo template, version 1, its steps in due order. */
export const defineTemplate = (input: TemplateInput): Template => ({
  id: input.id,
  name: input.name,
  job: input.job,
  status: input.status,
  steps: inDueOrder(input.steps),
  version: 1,
});
