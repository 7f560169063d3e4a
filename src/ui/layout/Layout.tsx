import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useSession } from '../session/session-context';
import { AccountMenu } from './AccountMenu';
import { Footer } from './Footer';
import { LanguageSwitch } from './LanguageSwitch';
import { OfflineIndicator } from './OfflineIndicator';

// Only production builds have a service worker to register (and the virtual module).
const UpdatePrompt = import.meta.env.PROD ? lazy(() => import('../pwa/UpdatePrompt')) : null;

export function Layout() {
  const { t } = useTranslation();
  const { identity } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__name">
          <img className="app-header__logo" src="/favicon.svg" alt="" width="28" height="28" />
          {t('app.name')}
        </p>
        <div className="app-header__tools">
          {identity ? <AccountMenu agent={identity.agent} /> : <LanguageSwitch />}
        </div>
      </header>
      {/* Signed in, the sync status bar says it, with what waits to be sent. */}
      {identity ? null : <OfflineIndicator />}
      <main id="main" tabIndex={-1} className={identity ? 'app-main app-main--shell' : 'app-main'}>
        <Outlet />
      </main>
      <Footer />
      {UpdatePrompt ? (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      ) : null}
    </>
  );
}
