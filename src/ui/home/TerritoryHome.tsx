import { useUserData } from '../data/user-data-context';
import { ReviewQueue } from '../team/ReviewQueue';
import { RoleHome, type HomeProps } from './RoleHome';

/** A territory manager decides milestones over the whole territory, like a manager. */
export default function TerritoryHome({ agent }: HomeProps) {
  const { db, run } = useUserData();
  return (
    <>
      <RoleHome agent={agent} forRole="territoryManager" />
      <ReviewQueue db={db} run={run} />
    </>
  );
}
