import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { agents } from '../../test/client/agents';
import { adoptIdentity, readIdentity, saveIdentity, watchIdentity, wipeDevice } from './identity';
import { openUserDb, userDbName } from './user-db';

async function userDatabases(): Promise<string[]> {
  return (await Dexie.getDatabaseNames()).filter((name) => name.startsWith('parcours-user-'));
}

describe('the stored identity', () => {
  it('is absent on a fresh device', async () => {
    expect(await readIdentity()).toBeNull();
  });

  it('keeps the agent and when the server last confirmed it', async () => {
    await saveIdentity(agents.recruit, new Date('2026-03-02T08:00:00Z'));
    expect(await readIdentity()).toEqual({
      key: 'current',
      agent: agents.recruit,
      savedAt: '2026-03-02T08:00:00.000Z',
    });
  });

  it("creates the agent's own, empty database", async () => {
    await saveIdentity(agents.recruit);
    expect(await userDatabases()).toEqual([userDbName(agents.recruit.id)]);
    const db = openUserDb(agents.recruit.id);
    expect((await db.meta.get('owner'))?.value).toBe(agents.recruit.id);
  });

  it('reports changes to a watcher', async () => {
    const seen: (string | null)[] = [];
    const stop = watchIdentity((identity) => seen.push(identity?.agent.displayName ?? null));
    await expect.poll(() => seen).toEqual([null]);
    await saveIdentity(agents.mentor);
    await expect.poll(() => seen.at(-1)).toBe('Julien Moreau');
    stop();
  });
});

describe('wipeDevice', () => {
  it('forgets the identity and deletes every per-user database', async () => {
    await saveIdentity(agents.recruit);
    await saveIdentity(agents.mentor);
    expect(await userDatabases()).toHaveLength(2);

    await wipeDevice();

    expect(await readIdentity()).toBeNull();
    expect(await userDatabases()).toEqual([]);
  });

  it('also deletes a per-user database the device did not list', async () => {
    const stray = openUserDb('stray-agent');
    await stray.meta.put({ key: 'owner', value: 'stray-agent' });
    await wipeDevice();
    expect(await userDatabases()).toEqual([]);
  });
});

describe('adoptIdentity', () => {
  it("keeps the device's data when the same agent signs in again", async () => {
    await saveIdentity(agents.recruit);
    await adoptIdentity(agents.recruit);
    expect(await userDatabases()).toEqual([userDbName(agents.recruit.id)]);
  });

  it("wipes the previous agent's data before another agent signs in", async () => {
    await saveIdentity(agents.recruit);
    await adoptIdentity(agents.manager);
    expect((await readIdentity())?.agent.id).toBe(agents.manager.id);
    expect(await userDatabases()).toEqual([userDbName(agents.manager.id)]);
  });
});
