import type { Template } from '../entities';
import type { EmploymentStatus } from '../organisation';
import { jobKey } from '../templates/job-key';

/** The latest version of each template, the best fit for a recruit first: same job and
 *  status, then same job, then same status, then the others by name. */
export function suggestTemplates(
  templates: readonly Template[],
  job: string,
  status: EmploymentStatus,
): Template[] {
  const latest = new Map<string, Template>();
  for (const template of templates) {
    const held = latest.get(template.name);
    if (!held || template.version > held.version) latest.set(template.name, template);
  }
  // Jobs compare as templateFor compares them: no gender, case or inclusive ending.
  const key = jobKey(job);
  const fit = (t: Template) => (jobKey(t.job) === key ? 2 : 0) + (t.status === status ? 1 : 0);
  return [...latest.values()].sort((a, b) => fit(b) - fit(a) || a.name.localeCompare(b.name, 'fr'));
}

export const bestTemplate = (
  templates: readonly Template[],
  job: string,
  status: EmploymentStatus,
): Template | undefined => suggestTemplates(templates, job, status)[0];
