import type { Step } from '../../domain/entities';
import { isDone, isMilestone } from '../../domain/path';
import { Disclosure } from './Disclosure';
import { CommentForm } from './MilestoneComments';
import { Decide, EquipmentMove, equipmentChoices } from './StepForms';
import type { StepContext } from './StepRow';

interface Props {
  step: Step;
  context: StepContext;
  /** The step's title, which the buttons' repeated words are about. */
  titleId: string;
}

/**
 * What a supervisor can do on one step, as her role allows (DESIGN §7), each a command:
 * tick it, at once; decide a milestone, comment on it or move equipment, through a form
 * opened on demand (most visits only read the path, and its page would wait for a dozen
 * forms nobody opened).
 */
export function StepActions({ step, context, titleId }: Props) {
  const { may, t, onDone } = context;
  if (step.kind === 'equipment') {
    if (!may('equipment.setStatus') || equipmentChoices(step).length === 0) return null;
    return (
      <Disclosure label={t('recruit.actEquipment')} describedBy={titleId}>
        <EquipmentMove step={step} onDone={onDone} />
      </Disclosure>
    );
  }
  if (isMilestone(step)) {
    const decide = step.status === 'submitted' && may('milestone.decide');
    const comment = may('milestone.comment');
    if (!decide && !comment) return null;
    return (
      <Disclosure
        label={t(decide ? 'recruit.actDecide' : 'recruit.actComment')}
        describedBy={titleId}
      >
        {decide ? <Decide step={step} onDone={onDone} /> : null}
        {comment ? <CommentForm stepId={step.id} onDone={onDone} /> : null}
      </Disclosure>
    );
  }
  if (!may('step.setDone')) return null;
  return (
    <div className="manage-disclosure">
      <button
        type="button"
        className="button button--quiet"
        disabled={context.ticking === step.id}
        aria-describedby={titleId}
        onClick={() => context.tick(step)}
      >
        {t(isDone(step) ? 'recruit.markTodo' : 'recruit.markDone')}
      </button>
    </div>
  );
}
