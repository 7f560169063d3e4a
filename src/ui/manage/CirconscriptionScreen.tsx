import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useCirconscriptions } from '../../db/supervision';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { Dashboard } from './Dashboard';
import { useManageT } from './strings';

/** One circonscription's dashboard, opened from the territory view. */
export default function CirconscriptionScreen() {
  const { t } = useManageT();
  const { circonscriptionId = '' } = useParams();
  const { db } = useUserData();
  const circonscriptions = useCirconscriptions(db);
  const name = circonscriptions?.find((c) => c.id === circonscriptionId)?.name;
  const title = name ? t('dashboard.titleOf', { name }) : t('dashboard.title');
  useDocumentTitle(title);
  const scope = useMemo(() => ({ circonscriptionIds: [circonscriptionId] }), [circonscriptionId]);
  if (!circonscriptions) return <Loading />;
  return <Dashboard scope={scope} canCreate title={title} />;
}
