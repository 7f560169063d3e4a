// The framework floor: React, react-router, i18next (+ react-i18next) and Dexie, used just
// enough that the bundler keeps what any app built on them ships. Parcours' login route is
// measured against this.
import Dexie from 'dexie';
import i18next from 'i18next';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';

const db = new Dexie('floor');
db.version(1).stores({ identity: 'id' });

function Hello() {
  const { t } = useTranslation();
  return createElement('h1', null, t('app.name'));
}

void i18next
  .use(initReactI18next)
  .init({ lng: 'fr', resources: { fr: { translation: { app: { name: 'Plancher' } } } } })
  .then(async () => {
    await db.table('identity').count();
    const router = createBrowserRouter([{ path: '/', element: createElement(Hello) }]);
    createRoot(document.getElementById('root')!).render(createElement(RouterProvider, { router }));
  });
