import { RoleHome, type HomeProps } from './RoleHome';

/** Placeholder: the next issues fill this screen (DESIGN §2, the admin row). */
export default function AdminHome({ agent }: HomeProps) {
  return <RoleHome agent={agent} forRole="admin" />;
}
