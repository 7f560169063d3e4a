import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  activationPermission,
  activationUrl,
  CODE_ALPHABET,
  CODE_LENGTH,
  codeFromFragment,
  formatCode,
  isActivationCode,
  mayAskForCodes,
  newActivationCode,
  normaliseCode,
  scopeAbove,
} from './activation';
import type { Role } from './organisation';
import type { Actor, Scope } from './permissions';

describe('the code alphabet', () => {
  it.each(['0', 'O', '1', 'I', 'L', 'Z', 'S', 'B', 'G', 'U'])('leaves out %s', (char) => {
    expect(CODE_ALPHABET).not.toContain(char);
  });

  it('gives at least 40 bits of entropy', () => {
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(40);
  });
});

describe('newActivationCode', () => {
  it('draws every character from the alphabet, from the bytes it is given', () => {
    const code = newActivationCode((size) => randomBytes(size));
    expect(isActivationCode(code)).toBe(true);
  });

  it('drops the bytes that would bias the draw', () => {
    // 234 = 9 × 26 is the first biased byte: only the bytes below it are used.
    const bytes = [255, 234, 0, 25, 26, 233, 1, 2, 3, 4, 5, 6];
    let calls = 0;
    const code = newActivationCode((size) => {
      calls += 1;
      return Uint8Array.from({ length: size }, (_, i) => bytes[i] ?? 0);
    });
    expect(calls).toBe(1);
    expect(code).toBe(['2', 'Y', '2', 'Y', '3', '4', '5', '6', '7', '8'].join(''));
  });

  it('asks for more bytes when too many were dropped', () => {
    let calls = 0;
    const code = newActivationCode((size) => {
      calls += 1;
      return new Uint8Array(size).fill(calls === 1 ? 250 : 3);
    });
    expect(calls).toBe(2);
    expect(code).toBe('5'.repeat(CODE_LENGTH));
  });
});

describe('formatCode and normaliseCode', () => {
  it.each([
    ['7KQMX3PDRW', '7KQM-X3PD-RW'],
    ['7KQM', '7KQM'],
    ['7KQMX3', '7KQM-X3'],
  ])('formats %s as %s', (bare, shown) => {
    expect(formatCode(bare)).toBe(shown);
  });

  it.each([
    ['7KQM-X3PD-RW', '7KQMX3PDRW'],
    ['7kqm x3pd rw', '7KQMX3PDRW'],
    ['  7kqm.x3pd_rw ', '7KQMX3PDRW'],
    // Left-out lookalikes read as the symbol kept: Z→2, S→5, B→8, G→6, U→V.
    ['zsbg-u', '2586V'],
    // Others stay, to be refused.
    ['0O1IL', '0O1IL'],
  ])('reads %j as %s', (typed, bare) => {
    expect(normaliseCode(typed)).toBe(bare);
  });

  it.each([
    ['7KQMX3PDRW', true],
    ['7KQMX3PDR', false],
    ['7KQMX3PDRWW', false],
    ['7KQMX3PDR0', false],
    ['7kqmx3pdrw', false],
    ['', false],
  ])('%j has the shape of a code: %s', (code, expected) => {
    expect(isActivationCode(code)).toBe(expected);
  });
});

describe('activationUrl and codeFromFragment', () => {
  it.each([
    ['7KQMX3PDRW', undefined, '/activer#code=7KQM-X3PD-RW'],
    [
      '7KQMX3PDRW',
      'https://parcours.example.fr',
      'https://parcours.example.fr/activer#code=7KQM-X3PD-RW',
    ],
    ['7KQMX3PDRW', 'https://example.fr/app/', 'https://example.fr/app/activer#code=7KQM-X3PD-RW'],
  ])('%s with base %j → %s', (code, base, url) => {
    expect(activationUrl(code, base)).toBe(url);
  });

  it.each([
    ['#code=7KQM-X3PD-RW', '7KQMX3PDRW'],
    ['code=7kqm-x3pd-rw', '7KQMX3PDRW'],
    ['#other=1&code=7KQM%20X3PD%20RW', '7KQMX3PDRW'],
    ['#', ''],
    ['', ''],
  ])('reads %j as %j', (hash, code) => {
    expect(codeFromFragment(hash)).toBe(code);
  });
});

const C1 = 'c1000000-0000-4000-8000-000000000001';
const C2 = 'c2000000-0000-4000-8000-000000000002';
const T1 = 'f1000000-0000-4000-8000-000000000001';
const T2 = 'f2000000-0000-4000-8000-000000000002';

const actor = (roles: Role[], more: Partial<Actor> = {}): Actor => ({
  agentId: 'actor',
  roles,
  circonscriptionIds: [],
  territoryIds: [],
  delegatedCirconscriptionIds: [],
  ...more,
});
const recruitIn = (circonscriptionId: string, territoryId: string): Scope => ({
  recruitId: 'agent',
  mentorId: null,
  circonscriptionId,
  territoryId,
});

describe('activationPermission', () => {
  const admin = actor(['admin']);
  const manager = actor(['manager'], { circonscriptionIds: [C1] });
  const territory = actor(['territoryManager'], { territoryIds: [T1] });
  const delegate = actor(['manager'], { delegatedCirconscriptionIds: [C1] });
  const mentor = actor(['mentor']);
  const recruit = actor(['recruit']);
  const inC1 = recruitIn(C1, T1);
  const inC2 = recruitIn(C2, T2);

  it.each([
    ['admin, a recruit anywhere', admin, inC2, ['recruit'], 'allowed'],
    ['admin, another admin', admin, scopeAbove('agent'), ['admin'], 'allowed'],
    ['manager, a recruit of hers', manager, inC1, ['recruit'], 'allowed'],
    ['manager, a recruit elsewhere', manager, inC2, ['recruit'], 'outOfScope'],
    ['manager, a mentor of hers', manager, inC1, ['mentor'], 'rolesBeyondRecruit'],
    ['manager, an admin of hers', manager, inC1, ['recruit', 'admin'], 'rolesBeyondRecruit'],
    [
      'manager, someone above circonscriptions',
      manager,
      scopeAbove('agent'),
      ['recruit'],
      'outOfScope',
    ],
    ['territory manager, her territory', territory, inC1, ['recruit'], 'allowed'],
    ['territory manager, another territory', territory, inC2, ['recruit'], 'outOfScope'],
    ['a delegate only', delegate, inC1, ['recruit'], 'outOfScope'],
    ['mentor', mentor, { ...inC1, mentorId: 'actor' }, ['recruit'], 'outOfScope'],
    ['recruit, herself', recruit, { ...inC1, recruitId: 'actor' }, ['recruit'], 'outOfScope'],
  ] as const)('%s → %s', (_name, who, scope, roles, expected) => {
    expect(activationPermission(who, scope, roles)).toBe(expected);
  });

  it.each([
    [['recruit'], false],
    [['mentor'], false],
    [['recruit', 'mentor'], false],
    [['manager'], true],
    [['territoryManager'], true],
    [['admin'], true],
  ] as [Role[], boolean][])('%j may ask for codes: %s', (roles, expected) => {
    expect(mayAskForCodes(roles)).toBe(expected);
  });
});
