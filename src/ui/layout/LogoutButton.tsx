import { useTranslation } from 'react-i18next';
// Direct imports, not the db barrel: the layout is part of the login route's bundle.
import { pendingCount } from '../../db/notices';
import { openUserDb } from '../../db/user-db';
import { useSession } from '../session/session-context';

/** Logout wipes this device's copy (DESIGN §6); changes not yet sent would be lost with it,
 *  so the person is warned first and may stay. */
export function LogoutButton({ agentId }: { agentId: string }) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('sync');
  const { logOut } = useSession();

  async function confirmAndLogOut() {
    const waiting = await pendingCount(openUserDb(agentId)).catch(() => 0);
    if (waiting > 0 && !window.confirm(ts('logout.confirm', { count: waiting }))) return;
    await logOut();
  }

  return (
    <button type="button" className="button button--quiet" onClick={() => void confirmAndLogOut()}>
      {t('session.logOut')}
    </button>
  );
}
