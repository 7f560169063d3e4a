import { z } from 'zod';

/** The roles an agent may hold; an agent holds a set of them (DESIGN §4). */
export const roles = ['recruit', 'mentor', 'manager', 'territoryManager', 'admin'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** A circonscription belongs to one service: SSD, ASE (child welfare) or PMI. */
export const Service = z.enum(['SSD', 'ASE', 'PMI']);
export type Service = z.infer<typeof Service>;

/** titulaire, contractuel, apprenti, stagiaire, service civique, VAE. */
export const EmploymentStatus = z.enum([
  'civilServant',
  'contract',
  'apprentice',
  'intern',
  'civicService',
  'vae',
]);
export type EmploymentStatus = z.infer<typeof EmploymentStatus>;

export const Id = z.uuid();
export const IsoDate = z.iso.date();

export const Territory = z.strictObject({
  id: Id,
  name: z.string().min(1).max(120),
  /** The territory managers (responsables de territoire) over it. */
  managerIds: z.array(Id),
  /** A closed territory keeps its history but takes no new circonscription. Absent from rows
   *  a device stored before issue 14. */
  closed: z.boolean().optional(),
  version: z.number().int().min(0),
});
export type Territory = z.infer<typeof Territory>;

export const Circonscription = z.strictObject({
  id: Id,
  territoryId: Id,
  name: z.string().min(1).max(120),
  service: Service,
  /** The managers who approve here: its own, and any who cover it from elsewhere. */
  managerIds: z.array(Id),
  /** A closed circonscription keeps its agents' history but takes no new recruit. */
  closed: z.boolean().optional(),
  version: z.number().int().min(0),
});
export type Circonscription = z.infer<typeof Circonscription>;

/** An agent as the API and the client see it: never the password hash. */
export const Agent = z.strictObject({
  id: Id,
  email: z.email().max(254),
  displayName: z.string().min(1).max(120),
  roles: z.array(Role).min(1),
  job: z.string().min(1).max(120),
  status: EmploymentStatus,
  circonscriptionId: Id.nullable(),
  startDate: IsoDate,
  phone: z.string().max(30).nullable(),
  /** The last day of her contract, when known (a contract, an apprenticeship...). The three
   *  fields below are absent from rows a device stored before issue 14. */
  endDate: IsoDate.nullable().optional(),
  /** A disabled account signs in no more; its history stays. */
  disabled: z.boolean().optional(),
  /** Whether she has chosen a password (an activation was used); read-only, from the server. */
  activated: z.boolean().optional(),
});
export type Agent = z.infer<typeof Agent>;

/** A manager covering another circonscription for a period (an intérim, paid 100 € a month,
 *  DESIGN §1): she approves there from the first day to the last. */
export const Interim = z.strictObject({
  id: Id,
  managerId: Id,
  circonscriptionId: Id,
  from: IsoDate,
  until: IsoDate,
  version: z.number().int().min(0),
});
export type Interim = z.infer<typeof Interim>;

/** The role whose home screen an agent sees first: the widest they hold. */
export function primaryRole(agentRoles: readonly Role[]): Role {
  const byReach: Role[] = ['admin', 'territoryManager', 'manager', 'mentor', 'recruit'];
  return byReach.find((role) => agentRoles.includes(role)) ?? 'recruit';
}
