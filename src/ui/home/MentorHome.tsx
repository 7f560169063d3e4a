import { useMemo } from 'react';
import { Dashboard } from '../manage/Dashboard';
import { useManageT } from '../manage/strings';
import { RoleHome, type HomeProps } from './RoleHome';

/** A mentor's home: the people she follows, with the figures their manager sees, each
 *  opening the mentee's page. */
export default function MentorHome({ agent }: HomeProps) {
  const { t } = useManageT();
  const scope = useMemo(() => ({ mentorId: agent.id }), [agent.id]);
  return (
    <RoleHome agent={agent} forRole="mentor">
      <Dashboard level={2} scope={scope} title={t('dashboard.mentees')} />
    </RoleHome>
  );
}
