import { useEffect, useState } from 'react';
import { EmailPreference } from '../../domain/push';
import { useRemindersT } from './strings';

const url = '/api/reminders/email';

async function call(init?: RequestInit): Promise<boolean | null> {
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      ...init,
    });
    if (!response.ok) return null;
    return EmailPreference.parse(await response.json()).enabled;
  } catch {
    return null;
  }
}

/** The daily digest by e-mail, hers to turn off (issue 17): a setting of the server's
 *  sending, so it changes online only, and says so otherwise. */
export function EmailSettings() {
  const { t } = useRemindersT();
  const [enabled, setEnabled] = useState<boolean | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void call().then(setEnabled);
  }, []);
  const toggle = async () => {
    setBusy(true);
    const next = await call({ method: 'PUT', body: JSON.stringify({ enabled: !enabled }) });
    setEnabled((current) => (next === null ? current : next));
    setBusy(false);
  };
  return (
    <section className="email-settings" aria-labelledby="email-settings-title">
      <h2 id="email-settings-title">{t('emails.title')}</h2>
      <p>{t('emails.explain')}</p>
      <p role="status">
        {enabled === null
          ? t('emails.offline')
          : enabled === undefined
            ? ''
            : t(enabled ? 'emails.on' : 'emails.off')}
      </p>
      {typeof enabled === 'boolean' ? (
        <button type="button" disabled={busy} onClick={() => void toggle()}>
          {t(enabled ? 'emails.disable' : 'emails.enable')}
        </button>
      ) : null}
    </section>
  );
}
