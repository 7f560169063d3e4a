// The demo's integration-path templates (DESIGN §4) and the lookup from an agent's job and
// employment status to the template a manager starts their path from.
import type { Template } from '../entities';
import type { EmploymentStatus } from '../organisation';
import { apprenticeAssTemplate, apprenticeJob, apprenticeJobAliases } from './apprenti';
import {
  assCivilServantTemplate,
  assContractTemplate,
  assJob,
  assJobAliases,
} from './assistant-service-social';
import { cesfContractTemplate, cesfJob, cesfJobAliases } from './cesf';
import {
  educatorAseContractTemplate,
  educatorJob,
  educatorJobAliases,
} from './educateur-specialise';
import {
  psychologistAseContractTemplate,
  psychologistJob,
  psychologistJobAliases,
} from './psychologue';
import {
  secretaryJob,
  secretaryJobAliases,
  secretaryPmiContractTemplate,
} from './secretaire-medico-sociale';
import { civicServiceJob, civicServiceTemplate } from './service-civique';
import { jobKey } from './job-key';
import { vaeJob, vaeTemplate } from './vae';

export { jobKey };

export { apprenticeAssTemplate } from './apprenti';
export { assCivilServantTemplate, assContractTemplate } from './assistant-service-social';
export { cesfContractTemplate } from './cesf';
export { educatorAseContractTemplate } from './educateur-specialise';
export { psychologistAseContractTemplate } from './psychologue';
export { secretaryPmiContractTemplate } from './secretaire-medico-sociale';
export { civicServiceTemplate } from './service-civique';
export { vaeTemplate } from './vae';
export { equipmentItemTypes, type EquipmentItemType } from './steps';

/** Every demo template, in the order an HR admin would list them. */
export const demoTemplates: Template[] = [
  assContractTemplate,
  assCivilServantTemplate,
  educatorAseContractTemplate,
  secretaryPmiContractTemplate,
  cesfContractTemplate,
  psychologistAseContractTemplate,
  apprenticeAssTemplate,
  civicServiceTemplate,
  vaeTemplate,
];

/** Stands for any job: the status alone chooses the template. */
const anyJob = '*';

interface Entry {
  template: Template;
  /** The job names the template answers to, besides its own. */
  jobs: readonly string[];
}

const catalogue: readonly Entry[] = [
  { template: assContractTemplate, jobs: [assJob, ...assJobAliases] },
  { template: assCivilServantTemplate, jobs: [assJob, ...assJobAliases] },
  { template: educatorAseContractTemplate, jobs: [educatorJob, ...educatorJobAliases] },
  { template: secretaryPmiContractTemplate, jobs: [secretaryJob, ...secretaryJobAliases] },
  { template: cesfContractTemplate, jobs: [cesfJob, ...cesfJobAliases] },
  { template: psychologistAseContractTemplate, jobs: [psychologistJob, ...psychologistJobAliases] },
  { template: apprenticeAssTemplate, jobs: [apprenticeJob, ...apprenticeJobAliases] },
  // A volunteer or a VAE candidate may be recorded under any job: the status is the path.
  { template: civicServiceTemplate, jobs: [civicServiceJob, anyJob] },
  { template: vaeTemplate, jobs: [vaeJob, anyJob] },
];

/** The template a path starts from for an agent of this job and status, or undefined when
 *  the demo has none. A civil servant whose job has no civil-servant template gets the
 *  contract one; civic-service volunteers and VAE candidates get theirs whatever the job. */
export function templateFor(job: string, status: EmploymentStatus): Template | undefined {
  const key = jobKey(job);
  const forJob = catalogue.filter((entry) =>
    entry.jobs.some((name) => name === anyJob || jobKey(name) === key),
  );
  const withStatus = (wanted: EmploymentStatus) =>
    forJob.find((entry) => entry.template.status === wanted)?.template;
  return withStatus(status) ?? (status === 'civilServant' ? withStatus('contract') : undefined);
}

/** A demo template by id. */
export const demoTemplate = (id: string): Template | undefined =>
  demoTemplates.find((template) => template.id === id);
