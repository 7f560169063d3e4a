import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useUserData } from '../data/user-data-context';
import { isSubscribed, pushSupport, subscribe, unsubscribe } from './push-client';
import { useRemindersT } from './strings';

/** Once she has read why this browser cannot notify her, it is not said again. */
const hintKey = 'pushHintSeen';

/**
 * Notifications on this device, opt-in (issue 17): explained first, asked for only when she
 * presses the button, never on a first load. Where push cannot work (an iPhone's Safari
 * outside the installed app, a browser without it), it says once, plainly, what to do, and
 * that her reminders stay in the centre.
 */
export function PushSettings() {
  const { t } = useRemindersT();
  const { db } = useUserData();
  const [support] = useState(pushSupport);
  const [on, setOn] = useState<boolean | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const hintSeen = useLiveQuery(async () => (await db.meta.get(hintKey))?.value === true, [db]);
  useEffect(() => {
    if (support === 'available') void isSubscribed(db).then(setOn, () => setOn(false));
  }, [db, support]);

  if (support === 'installFirst' || support === 'unsupported') {
    if (hintSeen !== false) return null;
    return (
      <section className="push-settings" aria-labelledby="push-settings-title">
        <h2 id="push-settings-title">{t('notifications.title')}</h2>
        <p>{t(`notifications.${support}`)}</p>
        <button type="button" onClick={() => void db.meta.put({ key: hintKey, value: true })}>
          {t('notifications.gotIt')}
        </button>
      </section>
    );
  }
  const toggle = async () => {
    setBusy(true);
    setFailed(false);
    try {
      if (on) {
        await unsubscribe(db);
        setOn(false);
      } else {
        const done = await subscribe(db);
        setOn(done);
        setFailed(!done);
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="push-settings" aria-labelledby="push-settings-title">
      <h2 id="push-settings-title">{t('notifications.title')}</h2>
      <p>{t('notifications.explain')}</p>
      {support === 'denied' ? (
        <p>{t('notifications.denied')}</p>
      ) : (
        <>
          <p role="status">
            {on === undefined ? '' : t(on ? 'notifications.on' : 'notifications.off')}
          </p>
          <button type="button" disabled={busy || on === undefined} onClick={() => void toggle()}>
            {t(on ? 'notifications.disable' : 'notifications.enable')}
          </button>
          <div role="alert">{failed ? <p>{t('notifications.failed')}</p> : null}</div>
        </>
      )}
    </section>
  );
}
