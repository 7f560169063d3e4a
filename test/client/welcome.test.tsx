import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { everyone, type ContentItem } from '../../src/domain/content/entity';
import { assContractTemplate } from '../../src/domain/templates';
import { renderMarkdown } from '../../src/ui/welcome/markdown';
import { agents } from './agents';
import { json, stubNetwork } from './network';
import { findHeading, ids, seedRecruit, steps } from './recruit-fixture';
import { renderApp } from './render-app';

const item = (n: number, fields: Partial<ContentItem>): ContentItem => ({
  id: `00000000-0000-4000-8000-0000000c0${String(n).padStart(3, '0')}`,
  kind: 'page',
  status: 'published',
  title: `Chapitre ${n}`,
  theme: 'Livret d’accueil',
  body: 'Texte.',
  position: n,
  target: everyone,
  step: null,
  media: null,
  attachments: [],
  authorTeam: '',
  revision: 1,
  proposedBy: null,
  updatedBy: agents.admin.id,
  updatedAt: '2026-11-01T10:00:00.000Z',
  version: 1,
  ...fields,
});

const hostile = [
  '# Bienvenue',
  '<script>window.hacked = true</script>',
  '<iframe src="https://example.org"></iframe>',
  '[cliquez](javascript:alert(1)) et [le site](https://www.service-public.fr)',
  '<img src=x onerror="window.hacked = true">',
  '![suivi](https://tracker.example/pixel.png)',
].join('\n\n');

async function openWelcome(path: string, items: ContentItem[]) {
  const { db } = await seedRecruit();
  await db.contentItem.bulkPut(items);
  stubNetwork({ 'GET /api/auth/me': () => json(200, agents.recruit) });
  return { db, ...(await renderApp(path)) };
}

describe('renderMarkdown', () => {
  it('lets no script, frame, handler, javascript: link or remote image through', () => {
    const html = renderMarkdown(hostile);
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(box.querySelector('script, iframe, img, [onerror]')).toBeNull();
    expect(html).not.toMatch(/javascript:/i);
    // Raw HTML is shown as text, so the author sees what she wrote was not taken.
    expect(box.textContent).toContain('<script>window.hacked = true</script>');
    const links = [...box.querySelectorAll('a')];
    expect(
      links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]),
    ).toEqual([
      ['cliquez', null, null],
      ['le site', 'https://www.service-public.fr', 'noopener noreferrer'],
    ]);
  });
});

describe('Bienvenue', () => {
  it('lists what is published for her, in booklet order, and not the rest', async () => {
    await openWelcome('/bienvenue', [
      item(2, { title: 'Vos outils informatiques' }),
      item(1, { title: 'Bienvenue au Département' }),
      item(3, { title: 'Brouillon', status: 'draft' }),
      item(4, {
        title: 'Pour le service civique',
        target: { ...everyone, statuses: ['civicService'] },
      }),
      item(5, { title: 'Pour la PMI', target: { ...everyone, services: ['PMI'] } }),
    ]);
    await findHeading('Bienvenue');
    const booklet = screen.getByRole('region', { name: 'Livret d’accueil' });
    expect(
      within(booklet)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Bienvenue au Département', 'Vos outils informatiques']);
    expect(screen.getByRole('link', { name: 'Bienvenue' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('searches the sheets by word and theme, accents ignored, on the device', async () => {
    const user = userEvent.setup();
    await openWelcome('/bienvenue', [
      item(1, {
        kind: 'sheet',
        title: 'Préparer un premier rendez-vous RSA',
        theme: 'RSA',
        authorTeam: 'Équipe SSD de Bondy',
      }),
      item(2, {
        kind: 'sheet',
        title: 'Rédiger une information préoccupante',
        theme: 'Protection de l’enfance',
      }),
    ]);
    await findHeading('Bienvenue');
    const sheets = screen.getByRole('region', { name: 'Fiches pratiques' });
    await user.type(
      within(sheets).getByRole('searchbox', { name: 'Rechercher une fiche' }),
      'preoccupante',
    );
    await waitFor(() => expect(within(sheets).getByRole('status').textContent).toBe('1 fiche'));
    expect(within(sheets).getByRole('link').textContent).toBe(
      'Rédiger une information préoccupante',
    );
    await user.clear(within(sheets).getByRole('searchbox'));
    await user.selectOptions(within(sheets).getByRole('combobox', { name: 'Thème' }), 'RSA');
    await waitFor(() =>
      expect(
        within(sheets)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['Préparer un premier rendez-vous RSA']),
    );
    expect(within(sheets).getByText(/par Équipe SSD de Bondy/)).toBeTruthy();
  });

  it('renders an item’s Markdown safely', async () => {
    await openWelcome(`/bienvenue/${item(1, {}).id}`, [item(1, { body: hostile })]);
    await findHeading('Chapitre 1');
    // The renderer is a chunk of its own: its link is there once it has rendered.
    const site = await screen.findByRole('link', { name: 'le site' }, { timeout: 5_000 });
    expect(site.getAttribute('target')).toBe('_blank');
    expect(document.querySelector('main script, main iframe, main img')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('shows on a step the items linked to it', async () => {
    const title = assContractTemplate.steps[steps.welcome]!.title;
    await openWelcome(`/etapes/${ids.path}.${String(steps.welcome).padStart(2, '0')}`, [
      item(1, { title: 'À lire avant', step: { family: assContractTemplate.id, title } }),
      item(2, {
        title: 'Autre étape',
        step: { family: assContractTemplate.id, title: 'Ailleurs' },
      }),
    ]);
    const reading = await screen.findByRole(
      'region',
      { name: 'À lire pour cette étape' },
      { timeout: 5_000 },
    );
    expect(
      within(reading)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['À lire avant']);
  });
});
