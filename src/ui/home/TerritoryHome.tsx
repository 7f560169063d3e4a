import { RoleHome, type HomeProps } from './RoleHome';

/** Placeholder: the next issues fill this screen (DESIGN §2, the territoryManager row). */
export default function TerritoryHome({ agent }: HomeProps) {
  return <RoleHome agent={agent} forRole="territoryManager" />;
}
