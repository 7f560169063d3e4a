import type { Queryable } from '../store/database';
import { instant } from './sql';

export interface AccountPart {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  job: string;
  status: string;
  circonscription: string | null;
  territory: string | null;
  startDate: string;
  endDate: string | null;
  phone: string | null;
  disabled: boolean;
  /** Whether she has chosen a password: never the hash itself. */
  passwordSet: boolean;
  createdAt: string;
  /** Sessions that still sign her in (their ids are secrets: the count only). */
  activeSessions: number;
  /** Browsers that remember a past sign-in (device cookies; the count only). */
  rememberedDevices: number;
  /** Whether an activation code waits to be used, and until when; never the code. */
  activationCode: { pending: boolean; expiresAt: string | null; lastUsedAt: string | null };
  /** How many activation codes she asked for other people. */
  activationCodesAskedForOthers: number;
}

export interface ResponsibilitiesPart {
  managedCirconscriptions: string[];
  supportedTerritories: string[];
}

/** The account row, with what is said of its secrets rather than the secrets; undefined
 *  for an unknown agent. */
export async function readAccount(
  tx: Queryable,
  agentId: string,
  now: Date,
): Promise<AccountPart | undefined> {
  const [row] = await tx.query<
    Omit<AccountPart, 'activationCode'> & {
      pendingExpiresAt: string | null;
      lastUsedAt: string | null;
    }
  >(
    `SELECT a.id, a.email, a.display_name AS "displayName", a.roles, a.job, a.status,
            c.name AS circonscription, t.name AS territory,
            a.start_date::text AS "startDate", a.end_date::text AS "endDate", a.phone,
            a.disabled, a.password_hash IS NOT NULL AS "passwordSet",
            ${instant('a.created_at')} AS "createdAt",
            (SELECT count(*)::integer FROM sessions s
              WHERE s.agent_id = a.id AND s.revoked_at IS NULL AND s.expires_at > $2)
              AS "activeSessions",
            (SELECT count(*)::integer FROM device_cookies d
              WHERE d.agent_id = a.id AND d.expires_at > $2) AS "rememberedDevices",
            (SELECT ${instant('max(k.expires_at)')} FROM activation_codes k
              WHERE k.agent_id = a.id AND k.used_at IS NULL AND k.expires_at > $2)
              AS "pendingExpiresAt",
            (SELECT ${instant('max(k.used_at)')} FROM activation_codes k
              WHERE k.agent_id = a.id) AS "lastUsedAt",
            (SELECT count(*)::integer FROM activation_codes k
              WHERE k.created_by = a.id AND k.agent_id <> a.id)
              AS "activationCodesAskedForOthers"
       FROM agents a
       LEFT JOIN circonscriptions c ON c.id = a.circonscription_id
       LEFT JOIN territories t ON t.id = c.territory_id
      WHERE a.id = $1`,
    [agentId, now],
  );
  if (!row) return undefined;
  const { pendingExpiresAt, lastUsedAt, ...account } = row;
  return {
    ...account,
    activationCode: {
      pending: pendingExpiresAt !== null,
      expiresAt: pendingExpiresAt,
      lastUsedAt,
    },
  };
}

/** The circonscriptions she answers for and the territories she supports, by name. */
export async function readResponsibilities(
  tx: Queryable,
  agentId: string,
): Promise<ResponsibilitiesPart> {
  const [row] = await tx.query<ResponsibilitiesPart>(
    `SELECT
       coalesce((SELECT array_agg(c.name ORDER BY c.name) FROM manager_circonscriptions m
                  JOIN circonscriptions c ON c.id = m.circonscription_id
                 WHERE m.agent_id = $1), ARRAY[]::text[]) AS "managedCirconscriptions",
       coalesce((SELECT array_agg(t.name ORDER BY t.name) FROM territory_managers m
                  JOIN territories t ON t.id = m.territory_id
                 WHERE m.agent_id = $1), ARRAY[]::text[]) AS "supportedTerritories"`,
    [agentId],
  );
  return row!;
}
