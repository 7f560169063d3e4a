import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveIdentity } from '../../src/db';
import type { Role } from '../../src/domain/organisation';
import { agents } from './agents';
import { json, stubNetwork } from './network';
import { expectHeading, renderApp } from './render-app';

describe('the home screen', () => {
  const cases: [Role, string, RegExp, string][] = [
    ['recruit', 'Inès Benali', /Votre parcours n’est pas encore arrivé/, 'Mon parcours'],
    ['mentor', 'Julien Moreau', /Suivez ici les personnes que vous accompagnez/, 'Accueil'],
    ['manager', 'Sophie Lambert', /Suivez les recrues de votre circonscription/, 'Accueil'],
    ['territoryManager', 'Karim Haddad', /circonscriptions de votre territoire/, 'Accueil'],
    ['admin', 'Nathalie Roux', /Ce qui demande votre attention/, 'Accueil'],
  ];

  it.each(cases)('of a %s greets %s and says what it holds', async (role, name, purpose, title) => {
    await saveIdentity(agents[role]);
    stubNetwork({ 'GET /api/auth/me': () => json(200, agents[role]) });
    await renderApp();

    await expectHeading(`Bonjour, ${name}`);
    expect(await screen.findByText(purpose)).toBeTruthy();
    expect(screen.getByText(`Connecté·e : ${name}`)).toBeTruthy();
    // The title is set in an effect, after the heading has rendered.
    await waitFor(() => expect(document.title).toBe(`${title} – Parcours`));
  });
});

describe('the layout', () => {
  it('has a skip link to the main content', async () => {
    stubNetwork();
    await renderApp();
    const skip = await screen.findByRole('link', { name: 'Aller au contenu principal' });
    expect(skip.getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
  });

  it('switches the interface to English, remembers it and updates <html lang>', async () => {
    stubNetwork();
    const { user } = await renderApp();
    await expectHeading('Connexion');
    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('lang')).toBe('en');

    await user.click(english);

    await expectHeading('Log in');
    expect(screen.getByLabelText('Email address')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('parcours.language')).toBe('en');
    const french = screen.getByRole('button', { name: 'Français' });
    expect(french.getAttribute('lang')).toBe('fr');

    await user.click(french);
    await expectHeading('Connexion');
    expect(document.documentElement.lang).toBe('fr');
  });
});
