import { describe, expect, it } from 'vitest';
import type { Actor } from '../permissions';
import { circonscriptions, ids, path, uuid } from './fixture';
import { covers, pathsByRecruit, reportScope } from './scope';

const actor = (roles: Actor['roles'], more: Partial<Actor> = {}): Actor => ({
  agentId: uuid(500),
  roles,
  circonscriptionIds: [],
  territoryIds: [],
  delegatedCirconscriptionIds: [],
  ...more,
});

describe('reportScope', () => {
  it.each([
    ['the HR admin: all', actor(['admin']), { all: true }],
    [
      'a manager: her circonscriptions, intérims included',
      actor(['manager'], { circonscriptionIds: [ids.c2, ids.c1] }),
      { all: false, circonscriptionIds: [ids.c1, ids.c2] },
    ],
    [
      'a territory manager: her territory’s circonscriptions',
      actor(['territoryManager'], { territoryIds: [ids.t1] }),
      { all: false, circonscriptionIds: [ids.c1, ids.c2] },
    ],
    [
      'both roles add up',
      actor(['manager', 'territoryManager'], {
        circonscriptionIds: [ids.c3],
        territoryIds: [ids.t1],
      }),
      { all: false, circonscriptionIds: [ids.c1, ids.c2, ids.c3] },
    ],
    ['a mentor: none', actor(['mentor']), null],
    [
      'a mentor holding a delegation: none',
      actor(['mentor'], { delegatedCirconscriptionIds: [ids.c1] }),
      null,
    ],
    ['a recruit: none', actor(['recruit']), null],
  ])('%s', (_case, who, scope) => {
    expect(reportScope(who, circonscriptions)).toEqual(scope);
  });

  it('covers no agent without a circonscription unless it is all', () => {
    expect(covers({ all: true }, null)).toBe(true);
    expect(covers({ all: false, circonscriptionIds: [ids.c1] }, null)).toBe(false);
  });

  it('finds the path the dashboards find, whatever the order rows come in', () => {
    const first = { ...path(uuid(1)), id: uuid(700) };
    const second = { ...path(uuid(1)), id: uuid(701) };
    expect(pathsByRecruit([second, first]).get(uuid(1))?.id).toBe(uuid(701));
    expect(pathsByRecruit([first, second]).get(uuid(1))?.id).toBe(uuid(701));
  });
});
