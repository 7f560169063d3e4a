import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { execute, loadActor } from '../../src/db';
import { DomainError } from '../../src/domain/errors';
import { commandErrorMessage } from '../../src/ui/data/command-error';
import { agents } from './agents';
import { openAccountMenu } from './render-app';
import {
  findHeading,
  ids,
  mentorPhone,
  openAsRecruit,
  outboxOf,
  seedRecruit,
} from './recruit-fixture';

describe('Formation', () => {
  it('shows the year’s days against the target and the trainings by year', async () => {
    const { year } = await openAsRecruit('/formation');
    await findHeading('Formation');

    expect(await screen.findByText('1,5 jour sur 5')).toBeTruthy();
    expect(screen.getByRole('meter', { name: `Mes jours de formation en ${year}` })).toBeTruthy();
    expect(screen.getByText(/il vous reste 3,5 jours à suivre/)).toBeTruthy();
    const thisYear = screen.getByRole('region', { name: `En ${year}` });
    expect(within(thisYear).getByText('Accueil des publics')).toBeTruthy();
    expect(within(thisYear).getByText('Organisme : CNFPT')).toBeTruthy();
    const lastYear = screen.getByRole('region', { name: `En ${year - 1}` });
    expect(within(lastYear).getByText('Préparation à la prise de poste')).toBeTruthy();
  });

  it('records a training through training.record: listed, gauge updated, form emptied', async () => {
    const { user, db, today } = await openAsRecruit('/formation');
    await findHeading('Formation');
    expect((await screen.findByLabelText<HTMLInputElement>('Date')).value).toBe(today);

    await user.type(screen.getByLabelText('Intitulé'), 'Écrits professionnels');
    await user.type(screen.getByLabelText('Organisme (facultatif)'), 'CNFPT');
    await user.selectOptions(screen.getByLabelText('Durée'), '2 jours');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la formation' }));

    expect(
      await screen.findByText('Formation « Écrits professionnels » enregistrée.'),
    ).toBeTruthy();
    expect(await screen.findByText('3,5 jours sur 5')).toBeTruthy();
    expect(screen.getByText('Écrits professionnels')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Intitulé').value).toBe('');
    const outbox = await outboxOf(db);
    expect(outbox).toEqual([
      {
        name: 'training.record',
        args: expect.objectContaining({
          agentId: agents.recruit.id,
          date: today,
          title: 'Écrits professionnels',
          provider: 'CNFPT',
          days: 2,
        }) as unknown,
      },
    ]);
    expect(await db.training.count()).toBe(3);
  });

  it('refuses a title of 161 characters on its field: no row, no outbox entry, form kept', async () => {
    const { user, db } = await openAsRecruit('/formation');
    await findHeading('Formation');
    const title = await screen.findByLabelText<HTMLInputElement>('Intitulé');
    await user.click(title);
    await user.paste('x'.repeat(161));

    await user.click(screen.getByRole('button', { name: 'Enregistrer la formation' }));

    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(title.getAttribute('aria-describedby')!);
    expect(error?.textContent).toBe('Saisissez un intitulé de 1 à 160 caractères.');
    // Focus moves in an effect after the error shows: on a busy machine, a moment later.
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(title.value).toHaveLength(161);
    expect(await db.training.count()).toBe(2);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses out-of-range days run directly, and says why in either language', async () => {
    const { db } = await seedRecruit();
    const actor = await loadActor(db, agents.recruit);
    const args = {
      id: crypto.randomUUID(),
      agentId: agents.recruit.id,
      date: '2026-11-02',
      title: 'Trop long',
      days: 7,
    };

    const outcome = await execute(db, actor, 'training.record', args);

    expect(outcome.ok).toBe(false);
    const error = outcome.ok ? null : outcome.error;
    expect(error?.field).toBe('days');
    expect(await db.training.count()).toBe(2);
    expect(await db.outbox.count()).toBe(0);
    expect(commandErrorMessage(i18next.getFixedT('fr', 'commands'), error!)).toBe(
      'Choisissez une durée d’une demi-journée à 5 jours, par demi-journée.',
    );
    await i18next.loadNamespaces('commands');
    await i18next.loadLanguages('en');
    expect(commandErrorMessage(i18next.getFixedT('en', 'commands'), error!)).toBe(
      'Choose a length from half a day to 5 days, in half days.',
    );
    expect(
      commandErrorMessage(i18next.getFixedT('fr', 'commands'), new DomainError('forbidden', 'no')),
    ).toBe('Vous n’avez pas le droit de faire cette modification.');
  });

  it('speaks English after the language switch', async () => {
    const { user } = await openAsRecruit('/formation');
    await findHeading('Formation');

    await openAccountMenu(user);
    await user.click(screen.getByRole('button', { name: 'English' }));

    await findHeading('Training');
    expect(await screen.findByRole('button', { name: 'Record the training' })).toBeTruthy();
    expect(screen.getByText('1.5 days of 5')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'My mentor' })).toBeTruthy();
  });
});

describe('Mon tuteur', () => {
  it('gives the mentor’s contact, to call or to write', async () => {
    await openAsRecruit('/tuteur');
    await findHeading('Mon tuteur');

    expect(await screen.findByText('Julien Moreau')).toBeTruthy();
    const call = screen.getByRole('link', { name: `Appeler Julien Moreau au ${mentorPhone}` });
    expect(call.getAttribute('href')).toBe('tel:0143931234');
    const mail = screen.getByRole('link', { name: /Écrire à Julien Moreau/ });
    expect(mail.getAttribute('href')).toBe(`mailto:${agents.mentor.email}`);
  });

  it('says when no mentor is named yet', async () => {
    await openAsRecruit('/tuteur', { noMentor: true });
    await findHeading('Mon tuteur');
    expect(await screen.findByText(/Aucun tuteur n’est encore désigné/)).toBeTruthy();
  });

  it('adds a meeting note through meeting.log, listed newest first', async () => {
    const { user, db, today } = await openAsRecruit('/tuteur');
    await findHeading('Mon tuteur');
    expect(await screen.findByText('Premier rendez-vous : présentation de l’équipe.')).toBeTruthy();

    await user.type(screen.getByLabelText('Notes'), 'Point sur les visites à domicile.');
    await user.click(screen.getByRole('button', { name: 'Ajouter la note' }));

    expect(await screen.findByText('Note de rencontre ajoutée.')).toBeTruthy();
    const notes = within(screen.getByRole('region', { name: 'Nos rencontres' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(notes[0]).toContain('Point sur les visites à domicile.');
    expect(notes[1]).toContain('Premier rendez-vous');
    expect(await outboxOf(db)).toEqual([
      {
        name: 'meeting.log',
        args: expect.objectContaining({
          pathId: ids.path,
          date: today,
          notes: 'Point sur les visites à domicile.',
        }) as unknown,
      },
    ]);
  });
});

describe('Groupes d’analyse', () => {
  it('lists the coming sessions only, with where and when', async () => {
    await openAsRecruit('/groupes');
    await findHeading('Groupes d’analyse des pratiques');

    const sessions = await screen.findAllByRole('heading', { level: 2, name: 'GAP Bondy – Noisy' });
    expect(sessions).toHaveLength(1);
    expect(screen.getByText('Animé par Claire Dubois, psychologue')).toBeTruthy();
    expect(screen.getByText(/à 09:30, 2 heures 30 minutes/)).toBeTruthy();
    expect(screen.getByText('Lieu : Maison des solidarités, salle 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajouter à mon agenda' })).toBeTruthy();
  });
});
