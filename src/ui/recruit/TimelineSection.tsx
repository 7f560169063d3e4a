import type { Step } from '../../domain/entities';
import { isOverdue } from '../../domain/path';
import { Folded } from '../components/Folded';
import type { StepLabels } from './step-labels';
import { StepItem } from './StepItem';
import { useRecruitT } from './strings';

export type Section = 'now' | 'next' | 'later' | 'done';

interface Props {
  section: Section;
  steps: Step[];
  today: string;
  pending: ReadonlySet<string> | undefined;
  labels: StepLabels;
}

/** One group of the timeline, with its steps. Only "now" can hold a late step (the timeline
 *  puts every step past its due date there), so only its steps are dated against today: each
 *  test parses two dates, and a long path has hundreds of steps further ahead. */
export function TimelineSection({ section, steps, today, pending, labels }: Props) {
  const { t } = useRecruitT();
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
            overdue={section === 'now' && isOverdue(step, today)}
            pending={pending?.has(`step:${step.id}`) ?? false}
            labels={labels}
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
  if (section === 'done')
    return (
      <Folded
        id={id}
        heading={heading}
        className="timeline__section"
        detailsClassName="timeline__details"
      >
        {list}
      </Folded>
    );
  return (
    <section className="timeline__section" aria-labelledby={id}>
      {heading}
      {list}
    </section>
  );
}
