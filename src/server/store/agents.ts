import type { Agent, EmploymentStatus, Role } from '../../domain/organisation';
import type { Queryable } from './database';

interface AgentRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
  job: string;
  status: EmploymentStatus;
  circonscription_id: string | null;
  start_date: string;
  phone: string | null;
}

/** start_date as text: drivers turn `date` into a local-midnight Date, which shifts days. */
export const AGENT_COLUMNS = `a.id, a.email, a.display_name, a.roles, a.job, a.status,
  a.circonscription_id, a.start_date::text AS start_date, a.phone`;

export function toAgent(row: AgentRow): Agent {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    job: row.job,
    status: row.status,
    circonscriptionId: row.circonscription_id,
    startDate: row.start_date,
    phone: row.phone,
  };
}

export interface Credentials {
  agent: Agent;
  passwordHash: string | null;
  disabled: boolean;
}

export async function findCredentials(db: Queryable, email: string): Promise<Credentials | null> {
  const rows = await db.query<AgentRow & { password_hash: string | null; disabled: boolean }>(
    `SELECT ${AGENT_COLUMNS}, a.password_hash, a.disabled FROM agents a WHERE a.email = $1`,
    [email.toLowerCase()],
  );
  const row = rows[0];
  if (!row) return null;
  return { agent: toAgent(row), passwordHash: row.password_hash, disabled: row.disabled };
}

export interface NewAgent extends Omit<Agent, 'id'> {
  id?: string;
  passwordHash: string | null;
}

export async function insertAgent(db: Queryable, agent: NewAgent): Promise<Agent> {
  const rows = await db.query<AgentRow>(
    `INSERT INTO agents AS a (id, email, display_name, roles, job, status, circonscription_id,
       start_date, phone, password_hash)
     VALUES (coalesce($1, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10)
     RETURNING ${AGENT_COLUMNS}`,
    [
      agent.id ?? null,
      agent.email.toLowerCase(),
      agent.displayName,
      agent.roles,
      agent.job,
      agent.status,
      agent.circonscriptionId,
      agent.startDate,
      agent.phone,
      agent.passwordHash,
    ],
  );
  return toAgent(rows[0]!);
}

export async function countAgents(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM agents');
  return rows[0]?.n ?? 0;
}

export async function emailTaken(db: Queryable, email: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM agents WHERE email = $1', [email.toLowerCase()]);
  return rows.length > 0;
}
