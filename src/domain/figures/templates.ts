import type { Template } from '../entities';
import type { EmploymentStatus } from '../organisation';
import { jobKey } from '../templates/job-key';
import { currentTemplates } from './template-versions';

/** The templates a new path may start from (the latest revision of each, not retired), the
 *  best fit for a recruit first: same job and status, then same job, then same status,
 *  then the others by name. */
export function suggestTemplates(
  templates: readonly Template[],
  job: string,
  status: EmploymentStatus,
): Template[] {
  // Jobs compare as templateFor compares them: no gender, case or inclusive ending.
  const key = jobKey(job);
  const fit = (t: Template) => (jobKey(t.job) === key ? 2 : 0) + (t.status === status ? 1 : 0);
  return currentTemplates(templates).sort(
    (a, b) => fit(b) - fit(a) || a.name.localeCompare(b.name, 'fr'),
  );
}

export const bestTemplate = (
  templates: readonly Template[],
  job: string,
  status: EmploymentStatus,
): Template | undefined => suggestTemplates(templates, job, status)[0];
