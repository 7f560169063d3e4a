import { useId, useState, type FormEvent } from 'react';
import { canMoveEquipment } from '../../domain/commands/equipment';
import type { Step } from '../../domain/entities';
import { isDone, isMilestone } from '../../domain/path';
import { SelectField } from '../components/SelectField';
import { ActionFeedback } from '../recruit/ActionFeedback';
import { useAction } from '../recruit/useAction';
import { useManageT } from './strings';

const managerStatuses = ['requested', 'ordered', 'delivered', 'returned'] as const;

interface Props {
  step: Step;
  may: (command: string) => boolean;
}

/** What a supervisor can do on one step of a recruit's path, as her role allows (DESIGN §7):
 *  tick it, decide a milestone, move equipment along its life-cycle. Each is a command. */
export function StepActions({ step, may }: Props) {
  if (step.kind === 'equipment')
    return may('equipment.setStatus') ? <EquipmentMove step={step} /> : null;
  if (isMilestone(step))
    return step.status === 'submitted' && may('milestone.decide') ? <Decide step={step} /> : null;
  return may('step.setDone') ? <Tick step={step} /> : null;
}

function Tick({ step }: { step: Step }) {
  const { t } = useManageT();
  const { act, busy, result } = useAction();
  const done = isDone(step);
  return (
    <div className="manage-action">
      <button
        type="button"
        className="button button--quiet"
        disabled={busy}
        onClick={() =>
          void act(
            'step.setDone',
            { stepId: step.id, done: !done },
            t(done ? 'recruit.undone' : 'recruit.done', { title: step.title }),
          )
        }
      >
        {t(done ? 'recruit.markTodo' : 'recruit.markDone')}
      </button>
      <ActionFeedback result={result} />
    </div>
  );
}

function Decide({ step }: { step: Step }) {
  const { t } = useManageT();
  const { act, busy, result } = useAction();
  const [comment, setComment] = useState('');
  const id = useId();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === 'rejected' ? 'rejected' : 'approved';
    const args = {
      stepId: step.id,
      decision,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    };
    const outcome = await act(
      'milestone.decide',
      args,
      t(`recruit.${decision}`, { title: step.title }),
    );
    if (outcome.ok) setComment('');
  }
  return (
    <form className="manage-action" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-comment`}>{t('recruit.comment')}</label>
      <textarea
        id={`${id}-comment`}
        rows={2}
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="manage-action__buttons">
        <button type="submit" className="button" name="decision" value="approved" disabled={busy}>
          {t('recruit.approve')}
        </button>
        <button
          type="submit"
          className="button button--quiet"
          name="decision"
          value="rejected"
          disabled={busy}
        >
          {t('recruit.reject')}
        </button>
      </div>
      <ActionFeedback result={result} />
    </form>
  );
}

function EquipmentMove({ step }: { step: Step }) {
  const { t } = useManageT();
  const { act, busy, result } = useAction();
  const choices = managerStatuses.filter(
    (s) => s !== step.status && canMoveEquipment(step.status, s),
  );
  const [status, setStatus] = useState<string>(choices[0] ?? '');
  const [assetTag, setAssetTag] = useState(step.assetTag ?? '');
  const id = useId();
  if (choices.length === 0) return null;
  const chosen = choices.includes(status as (typeof choices)[number]) ? status : choices[0];
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const args = {
      stepId: step.id,
      status: chosen,
      ...(assetTag.trim() ? { assetTag: assetTag.trim() } : {}),
    };
    await act('equipment.setStatus', args, t('recruit.equipmentMoved', { title: step.title }));
  }
  return (
    <form className="manage-action manage-action--inline" onSubmit={(event) => void submit(event)}>
      <SelectField
        label={t('recruit.equipmentStatus')}
        value={chosen ?? ''}
        onChange={setStatus}
        choices={choices.map((choice) => ({
          value: choice,
          label: t(`recruit.equipmentStatuses.${choice}`),
        }))}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-tag`}>
          {t('recruit.assetTag')}
        </label>
        <input
          id={`${id}-tag`}
          className="field__input"
          value={assetTag}
          maxLength={60}
          onChange={(e) => setAssetTag(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('recruit.save')}
      </button>
      <ActionFeedback result={result} />
    </form>
  );
}
