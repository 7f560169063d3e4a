import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { readIdentity } from '../../src/db';
import { agents } from './agents';
import { apiError, json, stubNetwork } from './network';
import { expectHeading, logIn, renderApp } from './render-app';

const password = 'Parcours-demo-2026';

describe('the login screen', () => {
  it('is where a device with no identity starts', async () => {
    stubNetwork();
    await renderApp();
    await expectHeading('Connexion');
    expect(screen.getByLabelText('Adresse e-mail').getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Mot de passe').getAttribute('autocomplete')).toBe(
      'current-password',
    );
  });

  it("stores the identity, asks for persistent storage and shows the recruit's home", async () => {
    const requests = stubNetwork({
      'POST /api/auth/login': () => json(200, { agent: agents.recruit }),
    });
    const persist = vi.fn(() => Promise.resolve(true));
    Object.defineProperty(navigator, 'storage', { value: { persist }, configurable: true });
    onTestFinished(() => {
      Reflect.deleteProperty(navigator, 'storage');
    });
    const { user } = await renderApp();

    await logIn(user, 'recrue@demo.parcours.fr', password);

    await expectHeading('Bonjour, Inès Benali');
    expect(await screen.findByText(/Votre parcours n’est pas encore arrivé/)).toBeTruthy();
    expect((await readIdentity())?.agent).toEqual(agents.recruit);
    expect(persist).toHaveBeenCalled();
    // Then the sync engine starts with a pull: the first thing a signed-in device does.
    expect(requests[0]).toBe('POST /api/auth/login');
    await waitFor(() => expect(requests).toContain('POST /api/sync/pull'));
  });

  it('explains a wrong password in the alert region, in French', async () => {
    stubNetwork({ 'POST /api/auth/login': () => apiError(401, 'invalid_credentials') });
    const { user } = await renderApp();

    await logIn(user, 'recrue@demo.parcours.fr', 'not-the-password');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Adresse e-mail ou mot de passe incorrect.',
    );
    expect(screen.getByRole('button', { name: 'Se connecter' }).hasAttribute('disabled')).toBe(
      false,
    );
    expect(await readIdentity()).toBeNull();
  });

  it('says how long to wait after too many attempts', async () => {
    stubNetwork({
      'POST /api/auth/login': () => apiError(429, 'too_many_attempts', { 'Retry-After': '90' }),
    });
    const { user } = await renderApp();
    await logIn(user, 'recrue@demo.parcours.fr', password);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Trop de tentatives de connexion. Réessayez dans 2 min.',
      ),
    );
  });

  it('says the server is unreachable when the network is down', async () => {
    stubNetwork();
    const { user } = await renderApp();
    await logIn(user, 'recrue@demo.parcours.fr', password);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/injoignable/));
  });

  it('marks empty fields invalid and describes why, without calling the server', async () => {
    const requests = stubNetwork();
    const { user } = await renderApp();

    await logIn(user, 'pas-une-adresse', '');

    const email = screen.getByLabelText('Adresse e-mail');
    const passwordField = screen.getByLabelText('Mot de passe');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(passwordField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toMatch(/adresse e-mail valide/);
    expect(document.activeElement).toBe(email);
    expect(requests).toEqual([]);
  });

  it('disables the button while the server answers', async () => {
    let answer: (response: Response) => void = () => {};
    stubNetwork({
      'POST /api/auth/login': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const { user } = await renderApp();
    await logIn(user, 'recrue@demo.parcours.fr', password);

    const button = screen.getByRole('button', { name: 'Se connecter' });
    expect(button.hasAttribute('disabled')).toBe(true);
    answer(apiError(401, 'invalid_credentials'));
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  });
});
