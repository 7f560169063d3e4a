import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

const hourly = 60 * 60 * 1000;

/** Registers the service worker and offers, never forces, a new version: a non-modal banner
 *  announced as an alert; "Later" keeps the running version until the next start. */
export default function UpdatePrompt() {
  const { t } = useTranslation();
  const messageId = useId();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update(), hourly);
    },
    onRegisterError(error: unknown) {
      console.error('Service worker registration failed', error);
    },
  });

  if (!needRefresh) return null;
  return (
    <section className="update-prompt" aria-labelledby={messageId}>
      <p id={messageId} role="alert" className="update-prompt__message">
        {t('update.available')}
      </p>
      <div className="update-prompt__actions">
        <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
          {t('update.reload')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setNeedRefresh(false)}
        >
          {t('update.later')}
        </button>
      </div>
    </section>
  );
}
