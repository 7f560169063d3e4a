import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pathStepsRecord } from '../../src/db/steps';
import { addDaysIso } from '../../src/domain/dates';
import { defaultThresholds } from '../../src/domain/reminders';
import { refreshThresholds } from '../../src/ui/reminders/thresholds-api';
import { agents } from './agents';
import { json, stubNetwork } from './network';
import { findHeading, ids, openAsRecruit, outboxOf, stepId, steps } from './recruit-fixture';
import { openAsSupervisor } from './supervisor-fixture';

const panel = () => screen.findByRole('region', { name: /^Rappels/ }, { timeout: 5_000 });

/** The words a screen reader reads after the home's place in the navigation. */
function navDescription(place: string): string | null {
  const link = screen.getByRole('link', { name: place });
  const id = link.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

describe('the reminders’ centre', () => {
  it('shows the recruit her late steps on her home, offline, and keeps a dismissal for the server', async () => {
    const { db, user } = await openAsRecruit();
    const region = await panel();
    // Her day-1 steps are 20 days late (the fixture's path started 20 days ago).
    const late = within(region).getByRole('link', {
      name: '« Comptes informatiques et messagerie » : en retard de 20 jours',
    });
    expect(late.getAttribute('href')).toBe(`/etapes/${stepId(steps.accounts)}`);
    await waitFor(() => expect(navDescription('Mon parcours')).toMatch(/^\d+ rappels non lus$/));
    const before = Number(navDescription('Mon parcours')!.split(' ')[0]);

    const item = late.closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Masquer' }));
    expect(await screen.findByText('Rappel masqué sur tous vos appareils.')).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.queryByRole('link', { name: /Comptes informatiques » : en retard/ }),
      ).toBeNull(),
    );
    await waitFor(() =>
      expect(navDescription('Mon parcours')).toBe(
        before - 1 === 1 ? '1 rappel non lu' : `${before - 1} rappels non lus`,
      ),
    );
    expect(await outboxOf(db)).toEqual([
      { name: 'reminder.dismiss', args: { key: `stepOverdue:${stepId(steps.accounts)}:7` } },
    ]);

    // Opening the centre reads them: the count goes, until a new one comes.
    await user.click(within(region).getByRole('link', { name: /^Voir les \d+ rappels$/ }));
    await findHeading('Rappels');
    await waitFor(() => expect(navDescription('Mon parcours')).toBeNull());
  });

  it('lists every reminder on its own screen, and says when there is none', async () => {
    const { db } = await openAsRecruit('/rappels');
    await findHeading('Rappels');
    expect(
      await screen.findByRole('link', {
        name: '« Comptes informatiques et messagerie » : en retard de 20 jours',
      }),
    ).toBeTruthy();
    // Everything done: nothing left to remind.
    const record = (await db.pathSteps.get(ids.path))!;
    await db.pathSteps.put(
      pathStepsRecord(
        ids.path,
        record.steps.map((s) => ({
          ...s,
          status: s.kind === 'equipment' ? 'acknowledged' : 'done',
        })),
      ),
    );
    await db.groupSession.clear();
    expect(
      await screen.findByText(
        'Aucun rappel : rien n’est en retard ni attendu dans les prochains jours.',
      ),
    ).toBeTruthy();
  });

  it('follows the deployment’s thresholds, as the server gives them, and keeps them offline', async () => {
    const { db } = await openAsRecruit('/rappels');
    await findHeading('Rappels');
    expect(
      await screen.findByRole('link', {
        name: '« Comptes informatiques et messagerie » : en retard de 20 jours',
      }),
    ).toBeTruthy();
    // A deployment that reminds of a late step after 30 days only.
    stubNetwork({
      'GET /api/auth/me': () => json(200, agents.recruit),
      'GET /api/reminders/thresholds': () =>
        json(200, { ...defaultThresholds, stepOverdue: 30, stepOverdueManager: 40 }),
    });
    await refreshThresholds(db);
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: /en retard de 20 jours/ })).toBeNull(),
    );
    // Junk from the server is not kept.
    stubNetwork({ 'GET /api/reminders/thresholds': () => json(200, { stepOverdue: -1 }) });
    await refreshThresholds(db);
    expect((await db.meta.get('reminderThresholds'))?.value).toMatchObject({ stepOverdue: 30 });
  });

  it('tells the manager which milestone waits for her, without the recruit’s own reminders', async () => {
    await openAsSupervisor(agents.manager, '/', async (db) => {
      const record = (await db.pathSteps.get(ids.path))!;
      const submitted = addDaysIso(new Date().toISOString().slice(0, 10), -6);
      await db.pathSteps.put(
        pathStepsRecord(
          ids.path,
          record.steps.map((s) =>
            s.position === steps.review1 ? { ...s, updatedAt: `${submitted}T09:00:00.000Z` } : s,
          ),
        ),
      );
    });
    const region = await panel();
    const links = within(region).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toContain(
      'Inès Benali — « Bilan à 1 mois » attend une décision depuis 6 jours',
    );
    // 20 days late is not yet the manager's (21): the recruit's and her mentor's only.
    expect(links.some((link) => /en retard/.test(link.textContent ?? ''))).toBe(false);
  });
});
