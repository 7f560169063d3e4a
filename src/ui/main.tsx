import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { initI18n } from '../i18n';
import { App } from './App';
import { routes } from './routes';
import { startingIdentity } from './session/starting-identity';
import './styles.css';
import './components.css';

/** Opens the app from what the device holds: strings and identity, no network needed. */
async function boot(): Promise<void> {
  const [, initialIdentity] = await Promise.all([
    initI18n(),
    startingIdentity().catch((error: unknown) => {
      console.error('The local database is unavailable', error);
      return null;
    }),
  ]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App initialIdentity={initialIdentity} router={createBrowserRouter(routes)} />
    </StrictMode>,
  );
}

void boot();
