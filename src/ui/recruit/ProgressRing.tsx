import { useRecruitT } from './strings';

const radius = 40;
const circumference = 2 * Math.PI * radius;

/** How much of the path is done: a ring for the eye, the same in words for everyone. */
export function ProgressRing({ done, total }: { done: number; total: number }) {
  const { t } = useRecruitT();
  const share = total > 0 ? done / total : 0;
  return (
    <div className="progress-ring">
      <svg aria-hidden="true" viewBox="0 0 100 100" width="96" height="96">
        <circle className="progress-ring__track" cx="50" cy="50" r={radius} />
        <circle
          className="progress-ring__value"
          cx="50"
          cy="50"
          r={radius}
          strokeDasharray={`${share * circumference} ${circumference}`}
          transform="rotate(-90 50 50)"
        />
        <text className="progress-ring__percent" x="50" y="50" dy="0.35em" textAnchor="middle">
          {Math.round(share * 100)} %
        </text>
      </svg>
      <p className="progress-ring__text">{t('path.progress', { done, total })}</p>
    </div>
  );
}
