import { screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readIdentity, saveIdentity, userDbName } from '../../src/db';
import { markLoggingOut } from '../../src/db/identity';
import { agents } from './agents';
import { apiError, goOffline, json, stubNetwork } from './network';
import { expectHeading, logIn, openAccountMenu, renderApp } from './render-app';

async function userDatabases(): Promise<string[]> {
  return (await Dexie.getDatabaseNames()).filter((name) => name.startsWith('parcours-user-'));
}

describe('starting with an identity on the device', () => {
  it('opens the home screen with no network, and says it is offline', async () => {
    await saveIdentity(agents.recruit);
    const requests = stubNetwork();
    goOffline();

    await renderApp();

    await expectHeading('Bonjour, Inès Benali');
    expect(screen.getByText(/Hors ligne/).closest('[role="status"]')).toBeTruthy();
    await waitFor(() => expect(requests).toEqual(['GET /api/auth/me']));
    expect((await readIdentity())?.agent).toEqual(agents.recruit);
  });

  it('refreshes the stored identity from the server', async () => {
    await saveIdentity(agents.recruit);
    const renamed = { ...agents.recruit, displayName: 'Inès Benali-Martin' };
    stubNetwork({ 'GET /api/auth/me': () => json(200, renamed) });

    await renderApp();

    await expectHeading('Bonjour, Inès Benali-Martin');
    expect((await readIdentity())?.agent.displayName).toBe('Inès Benali-Martin');
  });

  it('asks to log in again after a 401, keeping the local data', async () => {
    await saveIdentity(agents.recruit);
    stubNetwork({ 'GET /api/auth/me': () => apiError(401, 'unauthenticated') });

    await renderApp();

    await expectHeading('Connexion');
    expect(screen.getByText(/Votre session a expiré/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Adresse e-mail').value).toBe(
      agents.recruit.email,
    );
    expect((await readIdentity())?.agent).toEqual(agents.recruit);
    expect(await userDatabases()).toEqual([userDbName(agents.recruit.id)]);
  });

  it('keeps the data when the same agent logs in again after a 401', async () => {
    await saveIdentity(agents.recruit);
    stubNetwork({
      'GET /api/auth/me': () => apiError(401, 'unauthenticated'),
      'POST /api/auth/login': () => json(200, { agent: agents.recruit }),
    });
    const { user } = await renderApp();
    await screen.findByText(/Votre session a expiré/);

    await logIn(user, '', 'Parcours-demo-2026');

    await expectHeading('Bonjour, Inès Benali');
    expect(await userDatabases()).toEqual([userDbName(agents.recruit.id)]);
  });

  it("wipes the previous agent's data when someone else logs in after a 401", async () => {
    await saveIdentity(agents.recruit);
    stubNetwork({
      'GET /api/auth/me': () => apiError(401, 'unauthenticated'),
      'POST /api/auth/login': () => json(200, { agent: agents.mentor }),
    });
    const { user } = await renderApp();
    const email = await screen.findByLabelText('Adresse e-mail');
    await screen.findByText(/Votre session a expiré/);
    await user.clear(email);

    await logIn(user, agents.mentor.email, 'Parcours-demo-2026');

    await expectHeading('Bonjour, Julien Moreau');
    expect(await userDatabases()).toEqual([userDbName(agents.mentor.id)]);
  });
});

describe('logging out', () => {
  it('wipes the device and returns to the login screen, even offline', async () => {
    await saveIdentity(agents.manager);
    const requests = stubNetwork();
    const { user } = await renderApp();
    await expectHeading('Bonjour, Sophie Lambert');

    await openAccountMenu(user);
    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));

    await expectHeading('Connexion');
    expect(requests).toContain('POST /api/auth/logout');
    expect(await readIdentity()).toBeNull();
    expect(await userDatabases()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Se déconnecter' })).toBeNull();
  });

  it('finishes at the next start a logout cut short after it began', async () => {
    await saveIdentity(agents.manager);
    await markLoggingOut(); // then the tab closed before the wipe
    expect(await userDatabases()).toEqual([userDbName(agents.manager.id)]);
    const requests = stubNetwork();

    await renderApp();

    await expectHeading('Connexion');
    expect(await readIdentity()).toBeNull();
    expect(await userDatabases()).toEqual([]);
    expect(requests).toContain('POST /api/auth/logout');
    expect(requests).not.toContain('GET /api/auth/me');
  });
});
