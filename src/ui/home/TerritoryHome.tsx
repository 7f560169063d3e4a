import { TerritoryOverview } from '../manage/TerritoryOverview';
import { RoleHome, type HomeProps } from './RoleHome';

/** A territory manager's home: her territory's circonscriptions, each opening its dashboard;
 *  her approvals have their own screen (/validations), as a manager's do. */
export default function TerritoryHome({ agent }: HomeProps) {
  return (
    <RoleHome agent={agent} forRole="territoryManager">
      <TerritoryOverview />
    </RoleHome>
  );
}
