import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/domain/dates';
import { agents } from './agents';
import { findHeading, outboxOf, stepId, steps } from './recruit-fixture';
import { openAsSupervisor } from './supervisor-fixture';

/** A lazy screen's first render is transformed on demand: slower on a loaded machine. */
const slow = { timeout: 5_000 };

const nora = {
  ...agents.recruit,
  id: '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a09',
  email: 'nora.belkacem@demo.parcours.fr',
  displayName: 'Nora Belkacem',
  status: 'apprentice' as const,
};

describe("the manager's dashboard", () => {
  it('shows each recruit with her figures, and filters in the URL', async () => {
    const { user, router } = await openAsSupervisor(agents.manager, '/', async (db) => {
      await db.agent.put({
        ...nora,
        startDate: addDaysIso(new Date().toISOString().slice(0, 10), 10),
      });
    });
    const table = await screen.findByRole('table', { name: /Recrues et avancement/ }, slow);
    const ines = within(table)
      .getByRole('rowheader', { name: /Inès Benali/ })
      .closest('tr')!;
    expect(within(ines).getByRole('link', { name: 'Inès Benali' }).getAttribute('href')).toBe(
      `/recrues/${agents.recruit.id}`,
    );
    expect(within(ines).getByText('Julien Moreau')).toBeTruthy();
    expect(within(table).getByText('Pas de parcours')).toBeTruthy();
    const counts = screen.getByRole('region', { name: 'En bref' });
    const noPath = within(counts).getByText('Sans parcours').closest('li')!;
    expect(noPath.querySelector('strong')?.textContent).toBe('1');

    await user.selectOptions(screen.getByLabelText('Afficher'), 'noPath');
    await waitFor(() => expect(router.state.location.search).toBe('?filter=noPath'));
    expect(within(table).queryByText('Inès Benali')).toBeNull();
    expect(within(table).getByText('Nora Belkacem')).toBeTruthy();
  });

  it('says which column sorts the rows', async () => {
    const { user } = await openAsSupervisor(agents.manager, '/');
    const table = await screen.findByRole('table', { name: /Recrues et avancement/ }, slow);
    await user.click(within(table).getByRole('link', { name: /Recrue/ }));
    await waitFor(() =>
      expect(
        within(table)
          .getByRole('columnheader', { name: /Recrue/ })
          .getAttribute('aria-sort'),
      ).toBe('ascending'),
    );
  });

  it("opens a recruit's page from her row, in the app, and shows the rows at once coming back", async () => {
    const { user, router } = await openAsSupervisor(agents.manager, '/');
    const table = await screen.findByRole('table', { name: /Recrues et avancement/ }, slow);
    await user.click(within(table).getByRole('link', { name: 'Inès Benali' }));
    await findHeading('Inès Benali');
    expect(router.state.location.pathname).toBe(`/recrues/${agents.recruit.id}`);

    // Back: the last visit's rows from the first frame, never a loading one before them.
    let loadingShown = false;
    const watch = new MutationObserver(() => {
      loadingShown ||= document.querySelector('.loading') !== null;
    });
    watch.observe(document.body, { childList: true, subtree: true });
    await act(() => router.navigate(-1));
    await screen.findByRole('table', { name: /Recrues et avancement/ });
    watch.disconnect();
    expect(loadingShown).toBe(false);
  });
});

describe("a recruit's page, for her manager", () => {
  /** The step of her path whose row holds `text`. */
  const stepRow = (text: string) =>
    screen.getAllByRole('listitem').find((li) => li.textContent?.includes(text))!;

  it('decides a milestone and moves equipment, offline, each a command from a form opened on demand', async () => {
    const { db, user } = await openAsSupervisor(agents.manager, `/recrues/${agents.recruit.id}`);
    await findHeading('Inès Benali');
    const path = screen.getByRole('region', { name: 'Parcours' });
    // No form is built until asked for: the page is for reading first.
    expect(within(path).queryByRole('textbox')).toBeNull();
    const review = stepRow('Tout va bien.');
    const decide = within(review).getByRole('button', { name: 'Valider ou refuser' });
    const title = document.getElementById(decide.getAttribute('aria-describedby')!)?.textContent;
    expect(title).toBeTruthy();
    expect(decide.getAttribute('aria-expanded')).toBe('false');
    await user.click(decide);
    expect(decide.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(decide.getAttribute('aria-controls')!)).toBeTruthy();
    await user.type(within(review).getByLabelText(/Commentaire/), 'Très bon début.');
    await user.click(within(review).getByRole('button', { name: 'Valider' }));
    await waitFor(async () =>
      expect((await outboxOf(db)).map((e) => e.name)).toEqual(['milestone.decide']),
    );
    // Decided, the milestone moves to 'Fait', folded: the path still says what was done.
    expect(await within(path).findByText(`« ${title} » validé.`)).toBeTruthy();

    const phone = stepRow('TEL-93-0412');
    await user.click(within(phone).getByRole('button', { name: 'Changer l’état du matériel' }));
    await user.selectOptions(within(phone).getByLabelText('Nouvel état du matériel'), 'returned');
    await user.click(within(phone).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () =>
      expect((await outboxOf(db)).at(-1)).toEqual({
        name: 'equipment.setStatus',
        args: { stepId: stepId(steps.phone), status: 'returned', assetTag: 'TEL-93-0412' },
      }),
    );
  });

  it('ticks a step for her at once, and says so after the step has gone to "Fait"', async () => {
    const { db, user } = await openAsSupervisor(agents.manager, `/recrues/${agents.recruit.id}`);
    await findHeading('Inès Benali');
    const path = screen.getByRole('region', { name: 'Parcours' });
    const now = within(path).getByRole('region', { name: /En ce moment/ });
    const tick = within(now).getAllByRole('button', { name: 'Marquer comme fait' })[0]!;
    const title = document.getElementById(tick.getAttribute('aria-describedby')!)!.textContent;
    await user.click(tick);
    await waitFor(async () =>
      expect((await outboxOf(db)).map((e) => e.name)).toEqual(['step.setDone']),
    );
    expect(await within(path).findByText(`« ${title} » marqué comme fait.`)).toBeTruthy();
    await waitFor(() => expect(within(now).queryByText(title)).toBeNull());
  });

  it('asks for a comment on its field before rejecting, and writes nothing', async () => {
    const { db, user } = await openAsSupervisor(agents.manager, `/recrues/${agents.recruit.id}`);
    await findHeading('Inès Benali');
    const review = stepRow('Tout va bien.');
    await user.click(within(review).getByRole('button', { name: 'Valider ou refuser' }));
    await user.click(within(review).getByRole('button', { name: 'Refuser' }));
    const refusal = await within(review).findByText(
      'Écrivez un commentaire pour expliquer le refus.',
    );
    expect(refusal.getAttribute('role')).toBe('alert');
    const field = within(review).getByLabelText(/Commentaire/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(refusal.id);
    expect(await outboxOf(db)).toEqual([]);
  });

  it('shows that meetings happened, never what was said', async () => {
    await openAsSupervisor(agents.manager, `/recrues/${agents.recruit.id}`);
    const meetings = await screen.findByRole('region', { name: 'Entretiens avec le tuteur' });
    expect(within(meetings).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByText(/présentation de l’équipe/)).toBeNull();
  });
});

describe('creating a path', () => {
  it('previews the steps of the suggested template and creates the path offline', async () => {
    const { db, user, router } = await openAsSupervisor(
      agents.manager,
      '/parcours/nouveau',
      async (db) => {
        await db.agent.put(nora);
      },
    );
    await findHeading('Créer un parcours');
    expect(await screen.findByRole('heading', { name: /Aperçu : \d+ étapes/ })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Tuteur'), agents.mentor.id);
    await user.click(screen.getByRole('button', { name: 'Créer le parcours' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/recrues/${nora.id}`));
    const [entry] = await outboxOf(db);
    expect(entry).toMatchObject({
      name: 'path.create',
      args: { recruitId: nora.id, mentorId: agents.mentor.id },
    });
    await findHeading('Nora Belkacem');
  });
});

describe("the mentor's home", () => {
  it('lists her mentees with the dashboard figures, each opening her page', async () => {
    const { db } = await openAsSupervisor(agents.mentor, '/', async (db) => {
      await db.syncHealth.put({ id: agents.recruit.id, lastSyncAt: new Date().toISOString() });
    });
    const table = await screen.findByRole('table', { name: /Recrues et avancement/ }, slow);
    const row = within(table)
      .getByRole('rowheader', { name: /Inès Benali/ })
      .closest('tr')!;
    expect(within(row).getByText('Il y a moins de 3 jours')).toBeTruthy();
    expect(within(row).queryByText(/en attente sur son appareil/)).toBeNull();
    await db.syncHealth.put({
      id: agents.recruit.id,
      lastSyncAt: '2020-01-01T00:00:00.000Z',
      pending: 3,
    });
    expect(await within(table).findByText('Il y a plus de 7 jours')).toBeTruthy();
    expect(within(table).getByText('3 modifications en attente sur son appareil')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Créer un parcours' })).toBeNull();
  });

  it("says on her mentee's page how many changes wait on her device", async () => {
    const { db } = await openAsSupervisor(
      agents.mentor,
      `/recrues/${agents.recruit.id}`,
      async (db) => {
        await db.syncHealth.put({ id: agents.recruit.id, lastSyncAt: new Date().toISOString() });
      },
    );
    expect(
      await screen.findByText(/Dernière synchronisation : Il y a moins de 3 jours/),
    ).toBeTruthy();
    expect(screen.queryByText(/en attente sur son appareil/)).toBeNull();
    await db.syncHealth.put({
      id: agents.recruit.id,
      lastSyncAt: new Date().toISOString(),
      pending: 1,
    });
    expect(await screen.findByText('1 modification en attente sur son appareil')).toBeTruthy();
    await db.syncHealth.put({
      id: agents.recruit.id,
      lastSyncAt: new Date().toISOString(),
      pending: 0,
    });
    await waitFor(() => expect(screen.queryByText(/en attente sur son appareil/)).toBeNull());
  });
});

describe("the territory manager's home", () => {
  it('shows a row per circonscription, opening its dashboard', async () => {
    const { user } = await openAsSupervisor(agents.territoryManager, '/');
    const table = await screen.findByRole('table', { name: /par circonscription/ }, slow);
    await user.click(within(table).getByRole('link', { name: 'Circonscription de Bondy' }));
    await findHeading('Tableau de bord : Circonscription de Bondy');
  });
});

describe('delegations', () => {
  const colleague = {
    ...agents.manager,
    id: '0b5c3f0e-2f1c-4c55-8d59-6a3e9a0f1a10',
    email: 'thomas.girard@demo.parcours.fr',
    displayName: 'Thomas Girard',
    roles: ['manager' as const],
  };

  it('delegates to a colleague, shows a refusal on its field, and ends a delegation early', async () => {
    const { db, user } = await openAsSupervisor(agents.manager, '/delegations', async (db) => {
      await db.agent.put(colleague);
    });
    await findHeading('Délégations');
    await user.selectOptions(screen.getByLabelText('À qui'), colleague.id);
    const until = screen.getByLabelText('Au');
    await user.clear(until);
    await user.type(until, '2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Déléguer' }));
    await waitFor(() => expect(until.getAttribute('aria-invalid')).toBe('true'));
    expect(await outboxOf(db)).toEqual([]);

    await user.clear(until);
    await user.type(until, addDaysIso(new Date().toISOString().slice(0, 10), 3));
    await user.click(screen.getByRole('button', { name: 'Déléguer' }));
    const given = await screen.findByRole('region', { name: 'Mes délégations' });
    expect(await within(given).findByText(/À Thomas Girard, du/)).toBeTruthy();
    await user.click(within(given).getByRole('button', { name: 'Y mettre fin' }));
    await waitFor(async () =>
      expect((await outboxOf(db)).map((e) => e.name)).toEqual([
        'approval.delegate',
        'delegation.end',
      ]),
    );
    await waitFor(() => expect(within(given).queryByText(/À Thomas Girard/)).toBeNull());
  });
});
