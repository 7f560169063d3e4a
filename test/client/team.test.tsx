import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { allSteps } from '../../src/db/steps';
import { agents } from './agents';
import { findHeading, outboxOf } from './recruit-fixture';
import { openAsSupervisor } from './supervisor-fixture';

describe("the manager's approvals", () => {
  it('approves a milestone with a comment, offline, through milestone.decide', async () => {
    const { db, user } = await openAsSupervisor(agents.manager, '/validations');
    await findHeading('Validations');
    const note = await screen.findByText(/Tout va bien\./);
    const item = note.closest('li')!;
    expect(within(item).getByText(/En attente depuis \d+ jours?/)).toBeTruthy();
    expect(
      within(item).getByRole('link', { name: 'Voir le parcours de Inès Benali' }),
    ).toBeTruthy();
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
    const { db, user } = await openAsSupervisor(agents.manager, '/validations');
    const item = (await screen.findByText(/Tout va bien\./)).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Refuser' }));
    expect(await within(item).findByRole('alert')).toHaveProperty(
      'textContent',
      'Écrivez un commentaire pour expliquer le refus.',
    );
    expect(await outboxOf(db)).toEqual([]);
    expect(within(item).getByLabelText('Commentaire').getAttribute('aria-invalid')).toBe('true');
  });

  it('filters by recruit, the choice kept in the URL', async () => {
    const { user, router } = await openAsSupervisor(agents.manager, '/validations');
    await screen.findByText(/Tout va bien\./);
    await user.selectOptions(screen.getByLabelText('Recrue'), agents.recruit.id);
    await waitFor(() => expect(router.state.location.search).toBe(`?recrue=${agents.recruit.id}`));
    expect(screen.getByText(/Tout va bien\./)).toBeTruthy();
  });

  it('shows nothing to a mentor, who does not decide milestones', async () => {
    await openAsSupervisor(agents.mentor, '/validations');
    expect(await screen.findByText('Aucune demande de validation en attente.')).toBeTruthy();
  });
});

describe('a change the server refused', () => {
  it('is explained in the person’s language until dismissed', async () => {
    const { db, user } = await openAsSupervisor(agents.manager, '/');
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
