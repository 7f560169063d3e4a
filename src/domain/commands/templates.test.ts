import { beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '../entities';
import { demoTemplates } from '../templates';
import { actors, contextFor, ids, MemoryReader, template } from './fixture';
import { commands, runCommand, type Outcome } from './index';

type ActorName = keyof typeof actors;
const newId = '22222222-2222-4222-8222-222222222222';
const otherId = '33333333-3333-4333-8333-333333333333';

const step = (position: number, more: object = {}) => ({
  position,
  kind: 'admin',
  title: `Étape ${position}`,
  help: 'Ce qu’il faut savoir.',
  due: { unit: 'week', amount: position },
  needsApproval: false,
  ...more,
});

/** A new version of the fixture's template (family ids.template), three steps. */
const publish = (more: object = {}) => ({
  id: newId,
  family: ids.template,
  name: 'ASS — contractuelle',
  job: 'Assistante de service social',
  status: 'contract',
  steps: [step(1), step(2), step(3)],
  ...more,
});

/** Steps as the editor sends them, from a template's: positions 1, 2, 3… */
const withPositions = (from: Template) => from.steps.map((s, i) => ({ position: i + 1, ...s }));

let read: MemoryReader;
beforeEach(() => {
  read = new MemoryReader();
});

const run = (name: string, args: unknown, who: ActorName = 'admin'): Promise<Outcome> =>
  runCommand(commands.get(name)!, args, contextFor(actors[who], read));

/** Runs and keeps the rows in the reader, as the device and the server would. */
async function applied(name: string, args: unknown): Promise<Template> {
  const outcome = await run(name, args);
  if (!outcome.ok) throw outcome.error;
  read.apply(outcome.changes);
  const [change] = outcome.changes;
  if (outcome.changes.length !== 1 || change?.entity !== 'template' || change.op !== 'put')
    throw new Error('one template row was expected');
  return change.row;
}

const refusal = (outcome: Outcome) =>
  outcome.ok ? ['applied'] : [outcome.error.code, outcome.error.field];

describe('template.publish', () => {
  it('publishes revision 2 of a template and leaves revision 1 as it was', async () => {
    const row = await applied('template.publish', publish());
    expect(row).toMatchObject({ id: newId, family: ids.template, revision: 2, retired: false });
    expect(row.steps.map((s) => s.title)).toEqual(['Étape 1', 'Étape 2', 'Étape 3']);
    expect(await read.get('template', ids.template)).toEqual(template);
  });

  it('counts from the highest revision of the family', async () => {
    await applied('template.publish', publish());
    const third = await applied('template.publish', publish({ id: otherId }));
    expect(third.revision).toBe(3);
  });

  it('publishes a brand-new template as revision 1 of its own family', async () => {
    const row = await applied('template.publish', publish({ family: newId }));
    expect(row).toMatchObject({ id: newId, family: newId, revision: 1 });
  });

  it('orders the steps by position and keeps no position', async () => {
    const row = await applied(
      'template.publish',
      publish({
        steps: [
          step(30, { kind: 'milestone', title: 'Bilan' }),
          step(2, { kind: 'equipment', title: 'Téléphone', itemType: 'phone' }),
          step(10, { kind: 'training', title: 'CNFPT', itemType: 'phone' }),
        ],
      }),
    );
    const due = (amount: number) => ({ unit: 'week', amount });
    const help = 'Ce qu’il faut savoir.';
    expect(row.steps).toEqual([
      {
        kind: 'equipment',
        title: 'Téléphone',
        help,
        due: due(2),
        needsApproval: false,
        itemType: 'phone',
      },
      // Only an equipment step names an item.
      { kind: 'training', title: 'CNFPT', help, due: due(10), needsApproval: false },
      // A milestone always needs approval.
      { kind: 'milestone', title: 'Bilan', help, due: due(30), needsApproval: true },
    ]);
  });

  it.each(demoTemplates.map((t) => [t.name, t] as const))(
    'republishes the shipped “%s” unchanged',
    async (_, shipped) => {
      read.put({ entity: 'template', op: 'put', row: shipped });
      const { name, job, status } = shipped;
      const row = await applied('template.publish', {
        name,
        job,
        status,
        id: newId,
        family: shipped.id,
        steps: withPositions(shipped),
      });
      expect(row).toMatchObject({ revision: 2, steps: shipped.steps });
    },
  );

  it.each<[string, object, string, string]>([
    ['no step', { steps: [] }, 'invalid', 'steps'],
    [
      'more than 80 steps',
      { steps: Array.from({ length: 81 }, (_, i) => step(i + 1)) },
      'invalid',
      'steps',
    ],
    ['a position twice', { steps: [step(1), step(2), step(2)] }, 'invalid', 'steps.2.position'],
    ['a position 0', { steps: [step(0)] }, 'invalid', 'steps.0.position'],
    ['a position not whole', { steps: [step(1.5)] }, 'invalid', 'steps.0.position'],
    [
      'a negative offset',
      { steps: [step(1, { due: { unit: 'day', amount: -1 } })] },
      'invalid',
      'steps.0.due.amount',
    ],
    [
      'a zero offset',
      { steps: [step(1), step(2, { due: { unit: 'month', amount: 0 } })] },
      'invalid',
      'steps.1.due.amount',
    ],
    [
      'an unknown unit',
      { steps: [step(1, { due: { unit: 'year', amount: 1 } })] },
      'invalid',
      'steps.0.due.unit',
    ],
    ['an unknown kind', { steps: [step(1, { kind: 'party' })] }, 'invalid', 'steps.0.kind'],
    ['a blank title', { steps: [step(1), step(2, { title: '  ' })] }, 'invalid', 'steps.1.title'],
    [
      'approval as text',
      { steps: [step(1, { needsApproval: 'oui' })] },
      'invalid',
      'steps.0.needsApproval',
    ],
    ['steps not a list', { steps: 'toutes' }, 'invalid', 'steps'],
    ['a name as a number', { name: 42 }, 'invalid', 'name'],
    ['a blank job', { job: ' ' }, 'invalid', 'job'],
    ['an unknown status', { status: 'freelance' }, 'invalid', 'status'],
    ['a family not a uuid', { family: 'ass' }, 'invalid', 'family'],
    ['an unknown family', { family: otherId }, 'not_found', 'family'],
    ['an id already used', { id: ids.template }, 'duplicate', 'id'],
  ])('refuses %s', async (_, more, code, field) => {
    expect(refusal(await run('template.publish', publish(more)))).toEqual([code, field]);
  });

  it('refuses a family named by a later version’s id', async () => {
    await applied('template.publish', publish());
    expect(refusal(await run('template.publish', publish({ id: otherId, family: newId })))).toEqual(
      ['not_found', 'family'],
    );
  });

  it('refuses a new version of a retired template: it is duplicated instead', async () => {
    await applied('template.retire', { templateId: ids.template });
    expect(refusal(await run('template.publish', publish()))).toEqual(['invalid', 'family']);
    expect(refusal(await run('template.publish', publish({ family: newId })))).toEqual(['applied']);
  });

  it.each<ActorName>(['recruit', 'mentor', 'manager', 'territoryManager'])(
    'is refused to the %s',
    async (who) => {
      expect(refusal(await run('template.publish', publish(), who))).toEqual([
        'forbidden',
        undefined,
      ]);
    },
  );
});

describe('template.retire', () => {
  it('retires a version, which then says its family and revision', async () => {
    const row = await applied('template.retire', { templateId: ids.template });
    expect(row).toEqual({ ...template, family: ids.template, revision: 1, retired: true });
  });

  it.each<[string, string, string, string]>([
    ['a template retired already', ids.template, 'invalid', 'templateId'],
    ['an unknown template', otherId, 'not_found', 'templateId'],
    ['an id not a uuid', 'ass', 'invalid', 'templateId'],
  ])('refuses %s', async (_, templateId, code, field) => {
    await applied('template.retire', { templateId: ids.template });
    expect(refusal(await run('template.retire', { templateId }))).toEqual([code, field]);
  });

  it.each<ActorName>(['recruit', 'mentor', 'manager', 'territoryManager'])(
    'is refused to the %s',
    async (who) => {
      const outcome = await run('template.retire', { templateId: ids.template }, who);
      expect(refusal(outcome)).toEqual(['forbidden', undefined]);
    },
  );
});

describe('path.create and retired templates', () => {
  const create = (templateId: string) =>
    run(
      'path.create',
      { id: otherId, recruitId: ids.newRecruit, templateId, startDate: '2026-12-01' },
      'manager',
    );

  it('starts a path from a version in service, not from a retired one', async () => {
    expect(refusal(await create(ids.template))).toEqual(['applied']);
    await applied('template.retire', { templateId: ids.template });
    expect(refusal(await create(ids.template))).toEqual(['invalid', 'templateId']);
  });
});
