import { useMemo } from 'react';
import { useCirconscriptions } from '../../db/supervision';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { Dashboard } from '../manage/Dashboard';
import { useManageT } from '../manage/strings';
import { RoleHome, type HomeProps } from './RoleHome';

/** A manager's home: the dashboard of the circonscription(s) she manages. Her approvals,
 *  delegated ones included, have their own screen (/validations). */
export default function ManagerHome({ agent }: HomeProps) {
  const { t } = useManageT();
  const { db, actor } = useUserData();
  const circonscriptions = useCirconscriptions(db);
  const ids = actor?.circonscriptionIds.join();
  // Only her own: delegated circonscriptions' paths are on the device for their approvals.
  const scope = useMemo(() => ({ circonscriptionIds: ids ? ids.split(',') : [] }), [ids]);
  if (!actor) return <Loading />;
  // The dashboard does not wait for the names: its query and theirs run side by side, and the
  // title gets its names a moment later (one IndexedDB round trip less before the rows show).
  const mine = (circonscriptions ?? []).filter((c) => actor.circonscriptionIds.includes(c.id));
  const names = mine.map((c) => c.name).join(', ');
  return (
    <RoleHome agent={agent} forRole="manager">
      <Dashboard
        level={2}
        canCreate
        scope={scope}
        title={names ? t('dashboard.titleOf', { name: names }) : t('dashboard.title')}
      />
    </RoleHome>
  );
}
