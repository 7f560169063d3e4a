import { describe, expect, it } from 'vitest';
import { PullResponse } from './protocol';

const page = (changes: unknown[]) => ({
  cursor: 'c',
  reset: false,
  more: false,
  lastMutationId: 0,
  changes,
});

describe('PullResponse', () => {
  it('takes puts of object rows, as they are, and deletes', () => {
    const row = { id: 'a', title: 'Accueil' };
    const parsed = PullResponse.parse(
      page([
        { entity: 'step', id: 'a', op: 'put', row },
        { entity: 'step', id: 'b', op: 'delete' },
      ]),
    );
    expect(parsed.changes[0]).toEqual({ entity: 'step', id: 'a', op: 'put', row });
    expect(parsed.changes[1]).toEqual({ entity: 'step', id: 'b', op: 'delete' });
  });

  it.each([null, [], 'row', 3])('refuses a put whose row is %j, naming the field', (row) => {
    const result = PullResponse.safeParse(page([{ entity: 'step', id: 'a', op: 'put', row }]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['changes', 0, 'row']);
  });

  it.each([
    [{ entity: 'nope', id: 'a', op: 'delete' }, 'entity'],
    [{ entity: 'step', id: 'a', op: 'delete', row: {} }, undefined],
    [{ entity: 'step', id: 'a', op: 'move' }, 'op'],
  ])('refuses the change %j', (change, field) => {
    const result = PullResponse.safeParse(page([change]));
    expect(result.success).toBe(false);
    if (field) expect(result.error?.issues[0]?.path).toContain(field);
  });
});
