import { useMemo } from 'react';
import { StepKind, StepStatus } from '../../domain/entities';
import { useFormat } from './format';
import { useRecruitT } from './strings';

/** Stands for the date in the due label's sentence; no translation contains it. */
const marker = '\u0000';

/** The words a step's row is made of, in the UI language. */
export interface StepLabels {
  kind: Readonly<Record<StepKind, string>>;
  status: Readonly<Record<StepStatus, string>>;
  overdue: string;
  /** "Échéance : 3 mars 2026" for an ISO date. */
  due: (isoDate: string) => string;
}

/** Looked up once for a whole list, not once per row: every useTranslation() copies the i18n
 *  instance when its component mounts, and a path of 200 steps spent about half of its first
 *  render doing that and translating the same dozen words again (bench: `BENCH_ONLY=recruit`). */
export function useStepLabels(): StepLabels {
  const { t } = useRecruitT();
  const format = useFormat();
  return useMemo(() => {
    const kind = Object.fromEntries(
      StepKind.options.map((k) => [k, t(`step.kinds.${k}`)]),
    ) as Record<StepKind, string>;
    const status = Object.fromEntries(
      StepStatus.options.map((s) => [s, t(`step.statuses.${s}`)]),
    ) as Record<StepStatus, string>;
    // The due label's sentence is interpolated once, around a marker, and each row's date
    // put in its place: running i18next's interpolation per row cost more than the row.
    const [before = '', after] = t('step.due', { date: marker }).split(marker);
    const due =
      after === undefined
        ? (isoDate: string) => t('step.due', { date: format.date(isoDate) })
        : (isoDate: string) => `${before}${format.date(isoDate)}${after}`;
    return { kind, status, overdue: t('step.overdue'), due };
  }, [t, format]);
}
