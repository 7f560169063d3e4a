import { useCallback } from 'react';
import type { DueOffset } from '../../../domain/dates';
import { useTemplatesT } from './strings';

/** A step's due offset in words: "le jour de l’arrivée", "3 mois après l’arrivée". Day 1 is
 *  the start date itself (addOffset), so it says so rather than "1 day after". */
export function useDueWords(): (due: DueOffset) => string {
  const { t } = useTemplatesT();
  return useCallback(
    (due: DueOffset) => {
      if (due.unit === 'day')
        return due.amount <= 1 ? t('due.firstDay') : t('due.day', { count: due.amount });
      return t(`due.${due.unit}`, { count: due.amount });
    },
    [t],
  );
}
