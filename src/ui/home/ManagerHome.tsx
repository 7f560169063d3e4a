import { useUserData } from '../data/user-data-context';
import { ReviewQueue } from '../team/ReviewQueue';
import { RoleHome, type HomeProps } from './RoleHome';

/** A manager's home: the milestones waiting for her decision. The circonscription dashboard
 *  comes with the manager screens (a later issue). */
export default function ManagerHome({ agent }: HomeProps) {
  const { db, run } = useUserData();
  return (
    <>
      <RoleHome agent={agent} forRole="manager" />
      <ReviewQueue db={db} run={run} />
    </>
  );
}
