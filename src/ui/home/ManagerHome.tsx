import { RoleHome, type HomeProps } from './RoleHome';

/** Placeholder: the next issues fill this screen (DESIGN §2, the manager row). */
export default function ManagerHome({ agent }: HomeProps) {
  return <RoleHome agent={agent} forRole="manager" />;
}
