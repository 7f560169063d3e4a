import { RoleHome, type HomeProps } from './RoleHome';

/** Placeholder: the next issues fill this screen (DESIGN §2, the mentor row). */
export default function MentorHome({ agent }: HomeProps) {
  return <RoleHome agent={agent} forRole="mentor" />;
}
