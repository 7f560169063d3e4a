import { useUserData } from '../data/user-data-context';
import { MenteeList } from '../team/MenteeList';
import { RoleHome, type HomeProps } from './RoleHome';

/** A mentor's home: the people she follows and how far each one has come. */
export default function MentorHome({ agent }: HomeProps) {
  const { db } = useUserData();
  return (
    <>
      <RoleHome agent={agent} forRole="mentor" />
      <MenteeList db={db} mentorId={agent.id} />
    </>
  );
}
