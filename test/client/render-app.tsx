import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../src/ui/App';
import { routes } from '../../src/ui/routes';
import { startingIdentity } from '../../src/ui/session/starting-identity';

/** Boots the app the way main.tsx does (identity read from the device first), at `path`. */
export async function renderApp(path = '/') {
  const initialIdentity = await startingIdentity();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  render(<App initialIdentity={initialIdentity} router={router} />);
  return { user, router };
}

/** Fills and submits the login form by its French labels, as a person would. */
export async function logIn(
  user: ReturnType<typeof userEvent.setup>,
  email: string,
  password: string,
) {
  const emailField = await screen.findByLabelText('Adresse e-mail');
  if (email) await user.type(emailField, email);
  if (password) await user.type(screen.getByLabelText('Mot de passe'), password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

/** Waits for the screen's h1 to read `text`. */
export async function expectHeading(text: string): Promise<void> {
  // Generous: the first lazy screen of a test file is transformed on demand.
  await screen.findByRole('heading', { level: 1, name: text }, { timeout: 5_000 });
}

/** Opens the header's account menu (language, logout), as a person would. */
export async function openAccountMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Mon compte' }));
}
