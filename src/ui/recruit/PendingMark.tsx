import { useRecruitT } from './strings';

/** A change to this item has not reached the server yet. */
export function PendingMark() {
  const { t } = useRecruitT();
  return (
    <span className="pending-dot" title={t('pending')}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        <path d="M8 2a6 6 0 1 0 6 6h-2a4 4 0 1 1-4-4V2Zm0-1 3 2.5L8 6V1Z" />
      </svg>
      <span className="visually-hidden">{t('pending')}</span>
    </span>
  );
}
