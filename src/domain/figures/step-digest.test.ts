import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../dates';
import { StepKind, StepStatus } from '../entities';
import { isDone, isOverdue } from '../path';
import { step } from '../reports/fixture';
import { overdueOn, stepDigest, stepDigests, submittedOn } from './step-digest';

const day = fc.integer({ min: 0, max: 800 }).map((n) => addDaysIso('2025-06-01', n));

/** Steps of one path, any status, kind and due date, some submitted on a day of their own. */
const steps = fc
  .array(
    fc.record({
      status: fc.constantFrom(...StepStatus.options),
      kind: fc.constantFrom(...StepKind.options),
      dueDate: day,
      submitted: fc.option(day),
    }),
    { maxLength: 40 },
  )
  .map((list) =>
    list.map((s, i) =>
      step('p', i, {
        status: s.status,
        kind: s.kind,
        dueDate: s.dueDate,
        updatedAt: s.submitted && `${s.submitted}T09:00:00.000Z`,
      }),
    ),
  );

describe('a path’s step digest', () => {
  it('gives, on any day, the figures its steps give', () => {
    fc.assert(
      fc.property(steps, day, (list, today) => {
        const digest = stepDigest('p', list);
        const waiting = list.filter((s) => s.status === 'submitted');
        expect(digest.total).toBe(list.length);
        expect(digest.done).toBe(list.filter(isDone).length);
        expect(overdueOn(digest, today)).toBe(list.filter((s) => isOverdue(s, today)).length);
        expect(digest.waiting).toBe(waiting.length);
        expect(digest.oldestSubmitted).toBe(waiting.map(submittedOn).sort()[0] ?? null);
        expect(digest.equipmentPending).toBe(
          list.filter(
            (s) => s.kind === 'equipment' && s.status !== 'acknowledged' && s.status !== 'returned',
          ).length,
        );
      }),
    );
  });

  it('makes one digest a path, whatever the order of the steps', () => {
    const mixed = [step('b', 1), step('a', 0, { status: 'done' }), step('b', 0), step('a', 1)];
    const digests = stepDigests(mixed).sort((x, y) => x.pathId.localeCompare(y.pathId));
    expect(digests.map((d) => [d.pathId, d.total, d.done])).toEqual([
      ['a', 2, 1],
      ['b', 2, 0],
    ]);
  });
});
