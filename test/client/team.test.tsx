import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openUserDb, saveIdentity, wipeDevice } from '../../src/db';
import type { Agent } from '../../src/domain/organisation';
import { agents } from './agents';
import { json, stubNetwork } from './network';
import { outboxOf, seedRecruit } from './recruit-fixture';
import { expectHeading, renderApp } from './render-app';
import { allSteps } from '../../src/db/steps';

/** The recruit's path as her manager's or mentor's device holds it after a sync. */
async function openAs(agent: Agent) {
  const { db: recruitDb } = await seedRecruit();
  const tables = await Promise.all(
    recruitDb.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  await wipeDevice();
  await saveIdentity(agent);
  const db = openUserDb(agent.id);
  for (const [name, rows] of tables) {
    if (name !== 'meta' && name !== 'outbox') await db.table(name).bulkPut(rows);
  }
  stubNetwork({ 'GET /api/auth/me': () => json(200, agent) });
  const app = await renderApp('/');
  await expectHeading(`Bonjour, ${agent.displayName}`);
  return { db, ...app };
}

describe("the manager's review queue", () => {
  it('approves a milestone with a comment, offline, through milestone.decide', async () => {
    const { db, user } = await openAs(agents.manager);
    const note = await screen.findByText(/Tout va bien\./);
    const item = note.closest('li')!;
    await user.type(within(item).getByLabelText('Commentaire'), 'Très bon début.');
    await user.click(within(item).getByRole('button', { name: 'Valider' }));

    await waitFor(() => expect(screen.queryByText(/Tout va bien\./)).toBeNull());
    expect(await screen.findByText(/validé pour Inès Benali/)).toBeTruthy();
    const outbox = await outboxOf(db);
    expect(outbox.map((entry) => entry.name)).toEqual(['milestone.decide']);
    const decided = (await allSteps(db)).filter((step) => step.status === 'approved');
    expect(decided.some((step) => step.decision?.comment === 'Très bon début.')).toBe(true);
  });

  it('refuses to reject without a comment, and writes nothing', async () => {
    const { db, user } = await openAs(agents.manager);
    const item = (await screen.findByText(/Tout va bien\./)).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Refuser' }));
    expect(await within(item).findByRole('alert')).toHaveProperty(
      'textContent',
      'Écrivez un commentaire pour expliquer le refus.',
    );
    expect(await outboxOf(db)).toEqual([]);
    expect(within(item).getByLabelText('Commentaire').getAttribute('aria-invalid')).toBe('true');
  });
});

describe("the mentor's list", () => {
  it("shows each mentee's progress and when her device last synced", async () => {
    const { db } = await openAs(agents.mentor);
    await db.syncHealth.put({ id: agents.recruit.id, lastSyncAt: '2026-11-20T08:15:00.000Z' });
    const item = (await screen.findByRole('heading', { name: agents.recruit.displayName })).closest(
      'li',
    )!;
    expect(within(item).getByText(/étapes sur \d+ faites/)).toBeTruthy();
    expect(await within(item).findByText(/Dernière synchronisation de son appareil/)).toBeTruthy();
  });
});

describe('a change the server refused', () => {
  it('is explained in the person’s language until dismissed', async () => {
    const { db, user } = await openAs(agents.manager);
    await db.notices.put({ id: 7, name: 'milestone.decide', code: 'already_decided', at: '' });
    expect(
      await screen.findByText(
        '« Décision sur un jalon » n’a pas été enregistré. Une décision a déjà été prise : rien n’a été modifié.',
        { exact: false },
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'J’ai compris' }));
    await waitFor(() => expect(screen.queryByText(/Décision sur un jalon/)).toBeNull());
    expect(await db.notices.count()).toBe(0);
  });
});
