import { createSession } from '../../src/server/auth/sessions';
import { PLAIN_COOKIE } from '../../src/server/auth/session-cookie';
import { LARGE_DOMAIN } from '../../src/server/demo/large-random';
import type { Database } from '../../src/server/store/database';
import { actorFor } from '../../src/server/sync/actor';
import { claimClient } from '../../src/server/sync/clients';
import { encodeCursor } from '../../src/server/sync/cursor';
import { scopeOf } from '../../src/server/sync/scope';

/** A simulated device: its agent, session cookie, client id, and the cursor it holds. */
export interface Device {
  agentId: string;
  roles: string[];
  cookie: string;
  clientId: string;
  cursor: string | null;
}

/**
 * `count` devices of the département seed's people (HR's own excepted, and anyone whose
 * account the retention purge could close during the run), each signed in as a login signs
 * in, its client claimed, and holding the cursor of a device that is up to date: the last
 * version drawn, under the key of its scope as the server computes it (sync/scope.ts). The
 * same as pulling everything first, without the hour 1,200 initial syncs would take.
 */
export async function upToDateDevices(db: Database, count: number): Promise<Device[]> {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const agents = await db.query<{ id: string; roles: string[] }>(
    `SELECT id, roles FROM agents
      WHERE email LIKE $1 AND NOT disabled AND NOT ('admin' = ANY(roles))
        AND (end_date IS NULL OR end_date > $3::date)
      ORDER BY md5(id::text) LIMIT $2`,
    [`%@${LARGE_DOMAIN}`, count, today],
  );
  const claimed: Omit<Device, 'cursor'>[] = [];
  // Fewer people than devices asked for: some have a second phone (its own session, client).
  for (let i = 0; i < count && agents.length > 0; i++) {
    const agent = agents[i % agents.length]!;
    const clientId = crypto.randomUUID();
    await db.transaction((tx) => claimClient(tx, clientId, agent.id, now), {
      isolation: 'readCommitted',
    });
    const session = await createSession(db, agent.id, now, 86_400_000);
    claimed.push({
      agentId: agent.id,
      roles: agent.roles,
      cookie: `${PLAIN_COOKIE}=${session}`,
      clientId,
    });
  }
  // The cursor after every claim: each claim drew its device's sync-health row a version,
  // which the device (and her supervisors') would otherwise pull again at every request.
  const [head] = await db.query<{ v: string }>('SELECT last_value::text AS v FROM row_version');
  const version = Number(head!.v);
  const keys = new Map<string, string>();
  const devices: Device[] = [];
  for (const device of claimed) {
    let key = keys.get(device.agentId);
    if (key === undefined) {
      // One snapshot for both, as a pull builds them.
      const scope = await db.transaction(async (tx) =>
        scopeOf(tx, (await actorFor(tx, device.agentId, today))!),
      );
      key = scope.keyAt(version);
      keys.set(device.agentId, key);
    }
    devices.push({ ...device, cursor: encodeCursor({ v: version, k: key }) });
  }
  return devices;
}
