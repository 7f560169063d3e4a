import { describe, expect, it } from 'vitest';
import { everyone, type ContentTarget } from './entity';
import { isFor, mayPropose, mayRead, type Recipient } from './targeting';

const c1 = '00000000-0000-4000-8000-000000000011';
const c2 = '00000000-0000-4000-8000-000000000012';
const samia: Recipient = {
  id: 'samia',
  roles: ['recruit'],
  job: 'Assistante de service social',
  status: 'contract',
  circonscriptionId: c1,
  service: 'SSD',
};
const target = (narrowed: Partial<ContentTarget>): ContentTarget => ({ ...everyone, ...narrowed });

describe('isFor', () => {
  it.each([
    ['everyone', target({}), samia, true],
    ['her service', target({ services: ['SSD', 'PMI'] }), samia, true],
    ['another service', target({ services: ['ASE'] }), samia, false],
    ['her job', target({ jobs: ['Assistante de service social'] }), samia, true],
    ['another job', target({ jobs: ['Éducateur spécialisé'] }), samia, false],
    ['her status', target({ statuses: ['contract', 'apprentice'] }), samia, true],
    ['civic service only', target({ statuses: ['civicService'] }), samia, false],
    ['her circonscription', target({ circonscriptionIds: [c1] }), samia, true],
    ['another circonscription', target({ circonscriptionIds: [c2] }), samia, false],
    [
      'a circonscription, to an agent of none',
      target({ circonscriptionIds: [c1] }),
      { ...samia, circonscriptionId: null, service: null },
      false,
    ],
    [
      'a service, to an agent of none',
      target({ services: ['SSD'] }),
      { ...samia, service: null },
      false,
    ],
    [
      'all four, each hers',
      target({
        services: ['SSD'],
        jobs: [samia.job],
        statuses: ['contract'],
        circonscriptionIds: [c1],
      }),
      samia,
      true,
    ],
    [
      'all four, one not hers',
      target({
        services: ['SSD'],
        jobs: [samia.job],
        statuses: ['apprentice'],
        circonscriptionIds: [c1],
      }),
      samia,
      false,
    ],
  ])('%s', (_, given, who, expected) => {
    expect(isFor(given, who)).toBe(expected);
  });
});

describe('mayRead', () => {
  const elsewhere = target({ circonscriptionIds: [c2] });
  it.each([
    [
      'a published item for her',
      { status: 'published', target: everyone, proposedBy: null },
      samia,
      true,
    ],
    [
      'a published item for others',
      { status: 'published', target: elsewhere, proposedBy: null },
      samia,
      false,
    ],
    ['a draft for her', { status: 'draft', target: everyone, proposedBy: null }, samia, false],
    [
      'an unpublished item',
      { status: 'unpublished', target: everyone, proposedBy: null },
      samia,
      false,
    ],
    [
      'her own proposal',
      { status: 'proposed', target: elsewhere, proposedBy: 'samia' },
      samia,
      true,
    ],
    [
      'another team’s proposal',
      { status: 'proposed', target: everyone, proposedBy: 'lea' },
      samia,
      false,
    ],
    [
      'anything, to the HR admin',
      { status: 'draft', target: elsewhere, proposedBy: null },
      { ...samia, roles: ['admin'] as const },
      true,
    ],
  ] as const)('%s', (_, item, who, expected) => {
    expect(mayRead(item, who)).toBe(expected);
  });
});

describe('mayPropose', () => {
  it.each([
    [['recruit'], false],
    [['recruit', 'mentor'], true],
    [['mentor'], true],
    [['manager'], true],
    [['admin'], true],
  ] as const)('%j: %s', (roles, expected) => {
    expect(mayPropose(roles)).toBe(expected);
  });
});
