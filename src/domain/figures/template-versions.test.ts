import { describe, expect, it } from 'vitest';
import type { Template } from '../entities';
import {
  currentTemplates,
  familyOf,
  latestRevisions,
  revisionOf,
  templateList,
  versionsOf,
} from './template-versions';

const step = {
  kind: 'admin' as const,
  title: 'Accueil',
  help: '',
  due: { unit: 'day' as const, amount: 1 },
  needsApproval: false,
};
/** A version of a template: `a2` is revision 2 of family `a`. */
const version = (id: string, name = id, more: Partial<Template> = {}): Template => ({
  id,
  name,
  job: 'Psychologue',
  status: 'contract',
  steps: [step],
  family: id.slice(0, 1),
  revision: Number(id.slice(1)),
  retired: false,
  version: 7,
  ...more,
});
const a1 = version('a1', 'Accueil ASS');
const a2 = version('a2', 'Accueil ASS');
const a3 = version('a3', 'Accueil ASS', { retired: true });
const b1 = version('b1', 'Bienvenue');
const b2 = version('b2', 'Bienvenue', { retired: true });
const c1 = version('c1', 'Cadre');
/** A row stored before versions existed: no family, no revision, no retired. */
const legacy: Template = {
  id: 'legacy',
  name: 'Ancien',
  job: 'CESF',
  status: 'vae',
  steps: [step],
  version: 3,
};

const ids = (list: readonly Template[]) => list.map((t) => t.id);

describe('familyOf and revisionOf', () => {
  it.each([
    ['a version', a2, 'a', 2],
    ['a row from before versions', legacy, 'legacy', 1],
  ] as const)('read %s', (_, template, family, revision) => {
    expect(familyOf(template)).toBe(family);
    expect(revisionOf(template)).toBe(revision);
  });
});

describe('currentTemplates: what a new path may start from', () => {
  it.each<[string, Template[], string[]]>([
    ['nothing', [], []],
    ['a lone first version', [a1], ['a1']],
    ['the latest revision, whatever the order', [a2, a1], ['a2']],
    ['the latest of each family', [a1, b1, a2, c1], ['a2', 'b1', 'c1']],
    // Retiring the latest takes the family out; the revision it replaced stays replaced.
    ['no family whose latest revision is retired', [a1, a2, a3, b1], ['b1']],
    ['no retired first version', [b1, b2, c1], ['c1']],
    ['rows from before versions, each its own family', [legacy, a1], ['legacy', 'a1']],
  ])('offers %s', (_, templates, expected) => {
    expect(ids(currentTemplates(templates))).toEqual(expected);
  });

  it('ignores the sync version: a later revision may have been pulled before', () => {
    expect(
      ids(
        currentTemplates([
          { ...a1, version: 99 },
          { ...a2, version: 1 },
        ]),
      ),
    ).toEqual(['a2']);
  });
});

describe('latestRevisions', () => {
  it('keeps retired families, for the HR admin to see', () => {
    expect(ids(latestRevisions([a1, a2, a3, b1]))).toEqual(['a3', 'b1']);
  });
});

describe('versionsOf', () => {
  it.each<[string, Template[], string, string[]]>([
    ['every revision of a family, first first', [a3, b1, a1, a2], 'a', ['a1', 'a2', 'a3']],
    ['an unknown family', [a1], 'z', []],
    ['a row from before versions', [legacy, a1], 'legacy', ['legacy']],
  ])('gives %s', (_, templates, family, expected) => {
    expect(ids(versionsOf(templates, family))).toEqual(expected);
  });
});

describe('templateList: the HR admin’s list', () => {
  const all = [c1, b2, a2, a1, b1, a3];
  it.each<[string, boolean, string[]]>([
    ['the templates in service, by name', false, ['c1']],
    ['the retired ones too when asked', true, ['a3', 'b2', 'c1']],
  ])('shows %s', (_, withRetired, expected) => {
    expect(ids(templateList(all, withRetired))).toEqual(expected);
  });

  it('sorts by name in French', () => {
    const e = version('e1', 'Éducateur');
    const f = version('f1', 'Formation');
    expect(ids(templateList([f, e, c1], false))).toEqual(['c1', 'e1', 'f1']);
  });
});
