import { RoleHome, type HomeProps } from './RoleHome';

/** Placeholder: the next issues fill this screen (DESIGN §2, the recruit row). */
export default function RecruitHome({ agent }: HomeProps) {
  return <RoleHome agent={agent} forRole="recruit" />;
}
