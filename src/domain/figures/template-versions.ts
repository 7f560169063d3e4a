import type { Template } from '../entities';

/**
 * Templates are published in versions (DESIGN §4, issue 14): every version of one template
 * shares a `family` (the first version's id) and counts its `revision` from 1. Rows a device
 * stored before versions existed have neither: such a row is the first of its own family.
 */
export const familyOf = (template: Pick<Template, 'id' | 'family'>): string =>
  template.family ?? template.id;

export const revisionOf = (template: Pick<Template, 'revision'>): number => template.revision ?? 1;

/** The latest revision of each family, in the order the families first appear. */
export function latestRevisions(templates: readonly Template[]): Template[] {
  const latest = new Map<string, Template>();
  for (const template of templates) {
    const family = familyOf(template);
    const held = latest.get(family);
    if (!held || revisionOf(template) > revisionOf(held)) latest.set(family, template);
  }
  return [...latest.values()];
}

/**
 * What a new path may start from: the latest revision of each family, unless it is retired.
 * Retiring the latest revision takes the template out of the choice; an older revision is
 * never offered again, retired or not (it was replaced, so the HR admin no longer wants it).
 */
export const currentTemplates = (templates: readonly Template[]): Template[] =>
  latestRevisions(templates).filter((template) => !template.retired);

/** Every revision of one family, the first one first. */
export const versionsOf = (templates: readonly Template[], family: string): Template[] =>
  templates
    .filter((template) => familyOf(template) === family)
    .sort((a, b) => revisionOf(a) - revisionOf(b));

/** The rows of the HR admin's list of templates: the latest revision of each family, the
 *  retired ones only when asked for, by name. */
export const templateList = (templates: readonly Template[], withRetired: boolean): Template[] =>
  latestRevisions(templates)
    .filter((template) => withRetired || !template.retired)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
