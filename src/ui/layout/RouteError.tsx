import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Replaces react-router's developer screen: a plain apology and a way out. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <main id="main" className="app-main">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <a className="button" href="/">
        {t('error.reload')}
      </a>
    </main>
  );
}
