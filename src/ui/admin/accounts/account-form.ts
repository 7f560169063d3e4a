import type { Agent, EmploymentStatus, Role } from '../../../domain/organisation';

/** The fields of agent.create and agent.update that the form shows, in its order: a
 *  refusal naming one of them is shown under it. */
export const accountFields = [
  'email',
  'displayName',
  'roles',
  'job',
  'status',
  'circonscriptionId',
  'startDate',
  'endDate',
  'phone',
] as const;
export type AccountField = (typeof accountFields)[number];

export const isAccountField = (field: string | undefined): field is AccountField =>
  accountFields.some((known) => known === field);

/** The circonscription choice of the people above circonscriptions. */
export const NOWHERE = 'none';

export interface AccountValues {
  email: string;
  displayName: string;
  roles: Role[];
  job: string;
  status: EmploymentStatus | '';
  /** A circonscription's id, NOWHERE, or '' while none is chosen. */
  circonscription: string;
  startDate: string;
  endDate: string;
  phone: string;
}

export function valuesOf(agent: Agent | undefined, circonscription: string): AccountValues {
  if (!agent)
    return {
      email: '',
      displayName: '',
      roles: ['recruit'],
      job: '',
      status: '',
      circonscription,
      startDate: '',
      endDate: '',
      phone: '',
    };
  return {
    email: agent.email,
    displayName: agent.displayName,
    roles: [...agent.roles],
    job: agent.job,
    status: agent.status,
    circonscription: agent.circonscriptionId ?? NOWHERE,
    startDate: agent.startDate,
    endDate: agent.endDate ?? '',
    phone: agent.phone ?? '',
  };
}

/**
 * The commands' arguments, as typed: what is not chosen yet ('' for a status, a date, a
 * circonscription) goes as it is, so that the command refuses it on its field, in words the
 * person reads there. Empty optional fields are no value.
 */
export const argsOf = (values: AccountValues) => ({
  email: values.email.trim(),
  displayName: values.displayName,
  roles: values.roles,
  job: values.job,
  status: values.status,
  circonscriptionId: values.circonscription === NOWHERE ? null : values.circonscription,
  startDate: values.startDate,
  endDate: values.endDate || null,
  phone: values.phone.trim() || null,
});
