import { describe, expect, it } from 'vitest';
import { template } from './commands/fixture';
import type { Step, StepStatus } from './entities';
import { createPath, isDone, isOverdue, progress, stepIdOf, timeline } from './path';

const pathId = '00000000-0000-4000-8000-000000000081';
const made = () =>
  createPath(template, {
    id: pathId,
    recruitId: '00000000-0000-4000-8000-000000000021',
    mentorId: null,
    circonscriptionId: '00000000-0000-4000-8000-000000000011',
    startDate: '2026-09-01',
  });

describe('createPath', () => {
  it('copies the template steps with due dates from the start date', () => {
    const { path, steps } = made();
    expect(path.templateId).toBe(template.id);
    expect(steps.map((s) => [s.id, s.kind, s.dueDate, s.status])).toEqual([
      [stepIdOf(pathId, 0), 'admin', '2026-09-01', 'todo'],
      [stepIdOf(pathId, 1), 'equipment', '2026-09-01', 'requested'],
      [stepIdOf(pathId, 2), 'milestone', '2026-10-01', 'todo'],
      [stepIdOf(pathId, 3), 'training', '2026-12-01', 'todo'],
    ]);
  });

  it('is not rewritten by a later template edit', () => {
    const { steps } = made();
    template.steps[0]!.title = 'Changed';
    try {
      expect(steps[0]!.title).toBe('Accueil');
    } finally {
      template.steps[0]!.title = 'Accueil';
    }
  });
});

describe('done and overdue', () => {
  it.each([
    ['todo', false],
    ['done', true],
    ['submitted', false],
    ['approved', true],
    ['rejected', false],
    ['requested', false],
    ['delivered', false],
    ['acknowledged', true],
    ['returned', true],
  ] as const)('%s is done: %s', (status, done) => {
    expect(isDone({ status })).toBe(done);
  });

  it('is overdue only when not done and due before today', () => {
    expect(isOverdue({ status: 'todo', dueDate: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'todo', dueDate: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'submitted', dueDate: '2026-01-01' }, '2026-11-23')).toBe(true);
  });
});

describe('timeline', () => {
  const step = (n: number, dueDate: string, status: StepStatus = 'todo'): Step => ({
    ...made().steps[0]!,
    id: stepIdOf(pathId, n),
    position: n,
    dueDate,
    status,
  });

  it('groups now (overdue and next 14 days), next (60 days), later and done', () => {
    const groups = timeline(
      [
        step(0, '2026-11-01'),
        step(1, '2026-12-07'),
        step(2, '2026-12-08'),
        step(3, '2027-01-22'),
        step(4, '2027-01-23'),
        step(5, '2026-10-01', 'done'),
        step(6, '2026-11-01', 'done'),
      ],
      '2026-11-23',
    );
    const positions = (list: Step[]) => list.map((s) => s.position);
    expect(positions(groups.now)).toEqual([0, 1]);
    expect(positions(groups.next)).toEqual([2, 3]);
    expect(positions(groups.later)).toEqual([4]);
    expect(positions(groups.done)).toEqual([6, 5]);
  });

  it('counts progress', () => {
    expect(progress([step(0, '2026-11-01', 'done'), step(1, '2026-11-02')])).toEqual({
      done: 1,
      total: 2,
    });
  });
});
