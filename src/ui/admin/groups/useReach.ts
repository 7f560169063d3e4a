import type { PracticeGroup } from '../../../domain/entities';
import type { GroupsData } from './useGroupsData';
import { useGroupsT } from './strings';

/** Whom a group is for, in words: its circonscriptions, else its service in its territory,
 *  else the whole territory. */
export function useReach(data: GroupsData | undefined): (group: PracticeGroup) => string {
  const { t } = useGroupsT();
  return (group) => {
    const territory = data?.territories.find((x) => x.id === group.territoryId)?.name ?? '—';
    const ids = group.circonscriptionIds ?? [];
    if (ids.length > 0)
      return ids
        .map((id) => data?.circonscriptions.find((c) => c.id === id)?.name ?? '—')
        .join(', ');
    if (group.service) return t('reach.service', { service: group.service, territory });
    return t('reach.territory', { territory });
  };
}
