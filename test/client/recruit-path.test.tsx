import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { saveIdentity } from '../../src/db';
import { agents } from './agents';
import { json, stubNetwork } from './network';
import { expectHeading, openAccountMenu, renderApp } from './render-app';
import { findHeading, openAsRecruit, outboxOf, stepId, steps } from './recruit-fixture';
import { getStep } from '../../src/db/steps';

/** jsdom's Blob has no text(): read it as the browser would hand it over. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });

const stepLink = (title: RegExp) => screen.findByRole('link', { name: title }, { timeout: 5_000 });

describe('Mon parcours', () => {
  it('shows the progress and the steps grouped now, next, later and done', async () => {
    await openAsRecruit();

    await expectHeading('Bonjour, Inès Benali');
    expect(await screen.findByText('1 étapes sur 35 faites')).toBeTruthy();
    for (const section of ['Maintenant', 'Bientôt', 'Plus tard', 'Fait']) {
      expect(
        screen.getByRole('heading', { level: 2, name: new RegExp(`^${section}`) }),
      ).toBeTruthy();
    }
    const now = screen.getByRole('list', { name: /^Maintenant/ });
    expect(within(now).queryByRole('link', { name: /Journée d’accueil/ })).toBeNull();
    expect(
      within(screen.getByRole('list', { name: /^Plus tard/ })).getAllByRole('link').length,
    ).toBeGreaterThan(10);
  });

  it('shows the path at once when she comes back to it, without a loading frame', async () => {
    const { user } = await openAsRecruit();
    await stepLink(/^Comptes informatiques/);
    await user.click(screen.getByRole('link', { name: 'Formation' }));
    await findHeading('Formation');
    // Whether the screens add the loading line from now on.
    let loadingShown = false;
    const observer = new MutationObserver((records) => {
      for (const record of records)
        record.addedNodes.forEach((node) => {
          if (
            node instanceof HTMLElement &&
            (node.matches('.loading') || node.querySelector('.loading'))
          )
            loadingShown = true;
        });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    onTestFinished(() => observer.disconnect());
    await user.click(screen.getByRole('link', { name: 'Mon parcours' }));
    expect(await stepLink(/^Comptes informatiques/)).toBeTruthy();
    expect(loadingShown).toBe(false);
  });

  it('folds what is done: its count shows, its steps once she opens it', async () => {
    const { user } = await openAsRecruit();
    const done = await screen.findByRole('heading', { level: 2, name: 'Fait (1 étape)' });
    expect(done.closest('details')?.open).toBe(false);
    expect(screen.queryByRole('link', { name: /Journée d’accueil/ })).toBeNull();

    await user.click(done);

    const list = await screen.findByRole('list', { name: /^Fait/ });
    expect(within(list).getByRole('link', { name: /Journée d’accueil/ })).toBeTruthy();
    expect(done.closest('details')?.open).toBe(true);
  });

  it('opens a step in the app on a plain click, and leaves a modified one to the browser', async () => {
    const { user } = await openAsRecruit();
    const link = await stepLink(/^Comptes informatiques/);
    const taken: boolean[] = [];
    // The last to hear each click: notes whether the app took it, then keeps jsdom from
    // trying to load a page, as a browser would for a new tab.
    const last = (event: Event) => {
      taken.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', last);
    onTestFinished(() => window.removeEventListener('click', last));

    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    expect(taken).toEqual([false]);
    await expectHeading('Bonjour, Inès Benali');

    await user.click(link);
    await findHeading('Comptes informatiques et messagerie');
    expect(taken).toEqual([false, true]);
  });

  it('dates each step in the interface’s language, and follows a switch', async () => {
    const { user, steps: seeded } = await openAsRecruit();
    const due = new Date(`${seeded[steps.accounts]!.dueDate}T12:00:00`);
    const long = (language: string) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(due);

    const row = await stepLink(/^Comptes informatiques/);
    expect(row.textContent).toContain(`Échéance : ${long('fr')}`);
    expect(row.textContent).toContain('Démarche');

    await openAccountMenu(user);
    await user.click(screen.getByRole('button', { name: 'English' }));

    await waitFor(() => expect(row.textContent).toContain(`Due: ${long('en')}`));
    expect(row.textContent).toContain('Admin');
  });

  it('flags overdue steps in words, and shows waiting and rejected milestones', async () => {
    await openAsRecruit();

    const badge = await stepLink(/Badge d’accès aux locaux/);
    expect(badge.textContent).toContain('En retard');
    expect(badge.getAttribute('href')).toBe(`/etapes/${stepId(steps.badge)}`);
    expect((await stepLink(/Bilan à 1 mois/)).textContent).toContain('En attente de validation');
    expect((await stepLink(/Bilan à 6 mois/)).textContent).toContain('À revoir');
    expect((await stepLink(/Bilan à 3 mois/)).textContent).not.toContain('En retard');
  });

  it('has a tab bar with the current tab marked', async () => {
    const { user } = await openAsRecruit();
    const nav = await screen.findByRole('navigation', { name: 'Mon espace' });
    const path = within(nav).getByRole('link', { name: 'Mon parcours' });
    expect(path.getAttribute('aria-current')).toBe('page');

    await user.click(within(nav).getByRole('link', { name: 'Formation' }));

    await findHeading('Formation');
    expect(within(nav).getByRole('link', { name: 'Formation' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(path.getAttribute('aria-current')).toBeNull();
  });
});

describe('a plain step', () => {
  it('is marked done through step.setDone, flagged pending, and stays done after a reload', async () => {
    const { user, db } = await openAsRecruit();
    await user.click(await stepLink(/^Comptes informatiques/));
    await findHeading('Comptes informatiques et messagerie');
    expect(screen.getByText(/À savoir/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Marquer comme fait' }));

    // The label flips at once; the confirmation and the pending mark follow the commit.
    expect(screen.getByRole('button', { name: 'Marquer comme à faire' })).toBeTruthy();
    expect(await screen.findByText('Étape marquée comme faite.')).toBeTruthy();
    expect(await screen.findByText('en attente de synchronisation')).toBeTruthy();
    expect((await getStep(db, stepId(steps.accounts)))?.status).toBe('done');
    expect(await outboxOf(db)).toEqual([
      { name: 'step.setDone', args: { stepId: stepId(steps.accounts), done: true } },
    ]);

    cleanup();
    await renderApp('/');
    await user.click(await screen.findByRole('heading', { level: 2, name: /^Fait/ }));
    const link = await stepLink(/^Comptes informatiques/);
    expect(
      within(screen.getByRole('list', { name: /^Fait/ })).getByRole('link', {
        name: /Comptes informatiques/,
      }),
    ).toBe(link);
    await waitFor(() => expect(link.textContent).toContain('en attente de synchronisation'));
    expect(screen.getByText('2 étapes sur 35 faites')).toBeTruthy();
  });

  it('says the step is unknown, with a way back', async () => {
    const { user } = await openAsRecruit(`/etapes/${stepId(99)}`);
    await findHeading('Cette étape n’est pas sur cet appareil.');
    await user.click(screen.getByRole('link', { name: /Retour à mon parcours/ }));
    await expectHeading('Bonjour, Inès Benali');
  });
});

describe('a milestone', () => {
  it('asks for approval with a note through milestone.submit', async () => {
    const { user, db } = await openAsRecruit(`/etapes/${stepId(steps.review3)}`);
    await findHeading('Bilan à 3 mois et fin de la période d’essai');
    expect(screen.queryByRole('button', { name: 'Marquer comme fait' })).toBeNull();

    await user.type(
      screen.getByLabelText('Note pour votre responsable (facultatif)'),
      'Prête pour le bilan.',
    );
    await user.click(screen.getByRole('button', { name: 'Demander la validation' }));

    expect(await screen.findByText('Votre demande de validation est enregistrée.')).toBeTruthy();
    expect(await screen.findByText('En attente de validation')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Demander la validation' })).toBeNull();
    expect(await outboxOf(db)).toEqual([
      {
        name: 'milestone.submit',
        args: { stepId: stepId(steps.review3), note: 'Prête pour le bilan.' },
      },
    ]);
  });

  it('shows the manager’s comment on a rejected milestone and lets her ask again', async () => {
    await openAsRecruit(`/etapes/${stepId(steps.review6)}`);
    await findHeading('Bilan à 6 mois');
    expect(screen.getByText(/Il manque le compte rendu de vos visites/)).toBeTruthy();
    expect(screen.getByText('À revoir')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Demander la validation' })).toBeTruthy();
  });

  it('refuses a note that is too long: says why, writes no row and no outbox entry', async () => {
    const { user, db } = await openAsRecruit(`/etapes/${stepId(steps.review3)}`);
    await findHeading('Bilan à 3 mois et fin de la période d’essai');
    await user.click(screen.getByLabelText('Note pour votre responsable (facultatif)'));
    await user.paste('a'.repeat(2001));

    await user.click(screen.getByRole('button', { name: 'Demander la validation' }));

    const error = await screen.findByText('La note fait au plus 2 000 caractères.');
    expect(error.closest('[role="alert"]')).toBeTruthy();
    expect((await getStep(db, stepId(steps.review3)))?.status).toBe('todo');
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('an equipment step', () => {
  it('shows the asset tag and records the receipt through equipment.acknowledge', async () => {
    const { user, db } = await openAsRecruit(`/etapes/${stepId(steps.phone)}`);
    await findHeading('Remise du téléphone professionnel');
    expect(screen.getByText('Numéro d’inventaire : TEL-93-0412')).toBeTruthy();
    expect(screen.getByText('État : Livré')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'J’ai reçu ce matériel' }));

    expect(await screen.findByText('État : Reçu')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'J’ai reçu ce matériel' })).toBeNull();
    expect(await outboxOf(db)).toEqual([
      { name: 'equipment.acknowledge', args: { stepId: stepId(steps.phone) } },
    ]);
  });
});

describe('the calendar file', () => {
  it('holds the step as an all-day event on its due date', async () => {
    const files: Blob[] = [];
    const { user, steps: seeded } = await openAsRecruit(`/etapes/${stepId(steps.accounts)}`);
    // jsdom has no object URLs: keep the Blob the screen hands over instead.
    const original = Object.getOwnPropertyDescriptors(URL);
    onTestFinished(() => {
      Object.defineProperties(URL, {
        createObjectURL: original.createObjectURL ?? { value: undefined, configurable: true },
        revokeObjectURL: original.revokeObjectURL ?? { value: undefined, configurable: true },
      });
    });
    Object.defineProperties(URL, {
      createObjectURL: {
        value: (blob: Blob) => (files.push(blob), 'blob:parcours/1'),
        configurable: true,
      },
      revokeObjectURL: { value: () => undefined, configurable: true },
    });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await findHeading('Comptes informatiques et messagerie');

    await user.click(screen.getByRole('button', { name: 'Ajouter à mon agenda' }));

    expect(await screen.findByText(/Le fichier d’agenda est téléchargé/)).toBeTruthy();
    const ics = await readText(files[0]!);
    const due = seeded[steps.accounts]!.dueDate.replaceAll('-', '');
    expect(click).toHaveBeenCalledOnce();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toMatch(/DTEND;VALUE=DATE:\d{8}/);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${due}`);
    expect(ics).toContain('SUMMARY:Comptes informatiques et messagerie');
  });
});

describe('the recruit screens', () => {
  it('send other roles back to their own home', async () => {
    await saveIdentity(agents.mentor);
    stubNetwork({ 'GET /api/auth/me': () => json(200, agents.mentor) });
    await renderApp('/formation');
    await expectHeading('Bonjour, Julien Moreau');
    expect(screen.queryByRole('navigation', { name: 'Mon espace' })).toBeNull();
  });
});
