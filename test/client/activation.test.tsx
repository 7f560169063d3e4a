import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readIdentity } from '../../src/db';
import { agents } from './agents';
import { apiError, goOffline, json, stubNetwork } from './network';
import { expectHeading, renderApp } from './render-app';

const CODE = '7KQM-X3PD-RW';
const GOOD = 'les mouettes de Saint-Denis';
const slow = { timeout: 5_000 };

/** Opens the page a welcome sheet's QR code leads to. */
async function openActivation(hash = `#code=${CODE}`) {
  const app = await renderApp(`/activer${hash}`);
  await expectHeading('Activer mon compte');
  return app;
}

const codeField = () => screen.getByLabelText('Code d’activation');
const passwordField = () => screen.getByLabelText('Choisissez votre mot de passe');
const submit = () => screen.getByRole('button', { name: 'Activer mon compte' });
/** The sentences read with a field (its hint, then its error). */
const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('the activation page', () => {
  it('takes the code from the link, sets her password and signs her in at home', async () => {
    const bodies: unknown[] = [];
    const requests = stubNetwork({
      'POST /api/auth/activate': (init) => {
        bodies.push(JSON.parse(init?.body as string));
        return json(200, { agent: agents.recruit });
      },
    });
    const { user, router } = await openActivation();
    expect((codeField() as HTMLInputElement).value).toBe(CODE);
    // The code leaves the address bar (and so her history) at once.
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    expect(passwordField().getAttribute('autocomplete')).toBe('new-password');
    expect(describedBy(passwordField())).toMatch(/Au moins 12 caractères/);

    await user.type(passwordField(), GOOD);
    await user.click(submit());

    await expectHeading('Bonjour, Inès Benali');
    expect(bodies).toEqual([{ code: '7KQMX3PDRW', password: GOOD }]);
    expect((await readIdentity())?.agent).toEqual(agents.recruit);
    await waitFor(() => expect(requests).toContain('POST /api/sync/pull'));
  });

  it('reads a code typed by hand, in any case, and shows it grouped', async () => {
    stubNetwork();
    const { user } = await openActivation('');
    await user.type(codeField(), '7kqm x3pd rw');
    await user.tab();
    expect((codeField() as HTMLInputElement).value).toBe(CODE);
  });

  it('shows and hides the password', async () => {
    stubNetwork();
    const { user } = await openActivation();
    expect(passwordField().getAttribute('type')).toBe('password');
    await user.click(screen.getByRole('button', { name: 'Afficher le mot de passe' }));
    expect(passwordField().getAttribute('type')).toBe('text');
    await user.click(screen.getByRole('button', { name: 'Masquer le mot de passe' }));
    expect(passwordField().getAttribute('type')).toBe('password');
  });

  it.each([
    ['', GOOD, 'code', /Saisissez votre code d’activation/],
    ['7KQM-X3PD', GOOD, 'code', /n’a pas le bon format/],
    [CODE, 'court', 'password', /au moins 12 caractères/],
    [CODE, 'motdepasse123', 'password', /trop courant/],
  ])(
    'points at the field without asking the server: %j, %j',
    async (code, password, field, message) => {
      const requests = stubNetwork();
      const { user } = await openActivation('');
      if (code) await user.type(codeField(), code);
      await user.type(passwordField(), password);
      await user.click(submit());
      const input = field === 'code' ? codeField() : passwordField();
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(describedBy(input)).toMatch(message);
      expect(document.activeElement).toBe(input);
      expect(requests).toEqual([]);
    },
  );

  it.each([
    ['activation_invalid', 'code', /n’est pas valable : il a peut-être expiré ou déjà servi/],
    ['password_too_common', 'password', /trop courant/],
    ['password_too_short', 'password', /au moins 12 caractères/],
  ])("explains the server's %s on the %s field", async (errorCode, field, message) => {
    stubNetwork({ 'POST /api/auth/activate': () => apiError(400, errorCode) });
    const { user } = await openActivation();
    await user.type(passwordField(), GOOD);
    await user.click(submit());
    const input = field === 'code' ? codeField() : passwordField();
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(input)).toMatch(message);
    expect(await readIdentity()).toBeNull();
  });

  it.each([
    [
      'too many attempts',
      () => apiError(429, 'too_many_attempts', { 'Retry-After': '600' }),
      'Trop de tentatives de connexion. Réessayez dans 10 min.',
    ],
    ['a server failure', () => apiError(500, 'internal'), /erreur inattendue/],
  ])('says so in the alert region on %s', async (_name, answer, message) => {
    stubNetwork({ 'POST /api/auth/activate': answer });
    const { user } = await openActivation();
    await user.type(passwordField(), GOOD);
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(message));
  });

  it('says the server is unreachable when the request fails', async () => {
    stubNetwork();
    const { user } = await openActivation();
    await user.type(passwordField(), GOOD);
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/injoignable/));
  });

  it('says plainly, offline, that activation needs a connection', async () => {
    const requests = stubNetwork();
    const { user } = await openActivation();
    goOffline();
    const notice = await screen.findByText(/demande une connexion à Internet/);
    expect(notice.getAttribute('role')).toBe('status');
    await user.type(passwordField(), GOOD);
    await user.click(submit());
    expect(screen.getByRole('alert').textContent).toMatch(/demande une connexion à Internet/);
    expect(requests).toEqual([]);
  });

  it('is reached from the login screen', async () => {
    stubNetwork();
    const { user } = await renderApp('/login');
    await user.click(await screen.findByRole('link', { name: 'J’ai un code d’activation' }, slow));
    await expectHeading('Activer mon compte');
    await user.click(screen.getByRole('link', { name: /J’ai déjà un mot de passe/ }));
    await expectHeading('Connexion');
  });
});
