import { describe, expect, it } from 'vitest';
import { primaryRole, type Role } from './organisation';

describe('primaryRole', () => {
  const cases: [Role[], Role][] = [
    [['recruit'], 'recruit'],
    [['mentor'], 'mentor'],
    [['recruit', 'mentor'], 'mentor'],
    [['mentor', 'manager'], 'manager'],
    [['manager', 'territoryManager'], 'territoryManager'],
    [['admin', 'recruit'], 'admin'],
  ];
  it.each(cases)('%j → %s', (held, expected) => {
    expect(primaryRole(held)).toBe(expected);
  });
});
