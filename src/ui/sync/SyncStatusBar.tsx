import { useTranslation } from 'react-i18next';
import { useOutboxCount, type UserDb } from '../../db';
import { useOnline } from '../layout/useOnline';
import { useSync } from './sync-context';
import './sync.css';

/** Always visible: online or not, what waits to be sent, when it last synced, what went
 *  wrong — announced politely to screen readers. */
export function SyncStatusBar({ db }: { db: UserDb }) {
  const { t, i18n } = useTranslation('sync');
  const online = useOnline();
  const pending = useOutboxCount(db) ?? 0;
  const { status, syncNow } = useSync();
  const when = status.lastSyncAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
        new Date(status.lastSyncAt),
      )
    : null;
  const error = status.lastError && online ? errorText(t, status.lastError) : null;
  return (
    <section className="sync-bar" aria-label={t('syncNow')}>
      {/* Two lines of fixed height whatever they say, so that nothing below ever moves. */}
      <p role="status" className="sync-bar__status">
        <span className="sync-bar__line">
          <span className={online ? 'sync-bar__dot sync-bar__dot--on' : 'sync-bar__dot'} />
          {online ? t('online') : t('offline')} ·{' '}
          {pending > 0 ? t('pending', { count: pending }) : t('upToDate')}
        </span>
        <span className="sync-bar__line">
          {error ? (
            <span className="sync-bar__error">{error}</span>
          ) : status.state === 'syncing' ? (
            t('syncing')
          ) : when ? (
            t('lastSync', { when })
          ) : (
            t('neverSynced')
          )}
        </span>
      </p>
      <button
        type="button"
        className="button button--quiet sync-bar__button"
        onClick={syncNow}
        disabled={!online || status.state === 'syncing'}
      >
        {t('syncNow')}
      </button>
    </section>
  );
}

function errorText(t: ReturnType<typeof useTranslation<'sync'>>['t'], kind: string): string {
  switch (kind) {
    case 'unauthorized':
      return t('errors.unauthorized');
    case 'protocol':
      return t('errors.protocol');
    case 'gap':
      return t('errors.gap');
    case 'network':
      return t('errors.network');
    default:
      return t('errors.server');
  }
}
