import { useTranslation } from 'react-i18next';
import { useOnline } from './useOnline';

/** A live region that is always present, so that going offline is announced. */
export function OfflineIndicator() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div role="status" className="offline-status">
      {online ? null : <p className="offline-status__message">{t('network.offline')}</p>}
    </div>
  );
}
