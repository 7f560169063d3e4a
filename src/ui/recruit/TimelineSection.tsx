import type { Step } from '../../domain/entities';
import { isOverdue } from '../../domain/path';
import { useFormat } from './format';
import { StepItem } from './StepItem';
import { useRecruitT } from './strings';

export type Section = 'now' | 'next' | 'later' | 'done';

interface Props {
  section: Section;
  steps: Step[];
  today: string;
  pending: ReadonlySet<string> | undefined;
}

/** One group of the timeline, with its steps. */
export function TimelineSection({ section, steps, today, pending }: Props) {
  const { t } = useRecruitT();
  const format = useFormat();
  const id = `timeline-${section}`;
  const list =
    steps.length === 0 ? (
      <p className="timeline__empty">{t(`path.empty.${section}`)}</p>
    ) : (
      <ul className="step-list" aria-labelledby={id}>
        {steps.map((step) => (
          <StepItem
            key={step.id}
            step={step}
            due={format.date(step.dueDate)}
            overdue={isOverdue(step, today)}
            pending={pending?.has(`step:${step.id}`) ?? false}
          />
        ))}
      </ul>
    );
  const heading = (
    <h2 id={id} className="timeline__title">
      {t(`path.sections.${section}`)}{' '}
      <span className="timeline__count">({t('path.count', { count: steps.length })})</span>
    </h2>
  );
  // What is done can be folded away: the screen is about what comes next.
  if (section === 'done') {
    return (
      <section className="timeline__section" aria-labelledby={id}>
        <details className="timeline__details">
          <summary>{heading}</summary>
          {list}
        </details>
      </section>
    );
  }
  return (
    <section className="timeline__section" aria-labelledby={id}>
      {heading}
      {list}
    </section>
  );
}
