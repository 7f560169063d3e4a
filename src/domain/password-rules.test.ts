import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rules';

describe('passwordProblem', () => {
  it.each([
    ['', 'tooShort'],
    ['abcdefghij1', 'tooShort'],
    // Code points, not UTF-16 units: eleven emoji are eleven characters.
    ['🐢'.repeat(11), 'tooShort'],
    ['x'.repeat(257), 'tooLong'],
    ['Parcours-demo-2026', 'tooCommon'],
    ['motdepasse123', 'tooCommon'],
    ['MotDePasse 2026', 'tooCommon'],
    ['PASSWORD1234', 'tooCommon'],
    ['azertyuiop123', 'tooCommon'],
    ['123456789012', 'tooCommon'],
    ['9876543210987', 'tooCommon'],
    ['abcdefghijklm', 'tooCommon'],
    ['aaaaaaaaaaaa', 'tooCommon'],
    ['abcabcabcabc', 'tooCommon'],
    ['123412341234', 'tooCommon'],
    ['aaaa-bbbb-cccc', 'tooCommon'],
    [' '.repeat(12), 'tooCommon'],
  ] as const)('%j → %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each([
    // No composition rule: lower case words are fine when long and uncommon.
    'cheval agrafe pile correcte',
    'les mouettes de Saint-Denis',
    'Ines-2026-Aubervilliers',
    '839201748263',
    '🐢'.repeat(4) + 'tortue-lente',
    'x'.repeat(200) + 'abcd',
  ])('accepts %j', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });
});
