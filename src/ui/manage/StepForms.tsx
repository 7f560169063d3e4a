import { useId, useState, type FormEvent } from 'react';
import { canMoveEquipment } from '../../domain/commands/equipment';
import type { Step } from '../../domain/entities';
import { SelectField } from '../components/SelectField';
import { ActionFeedback } from '../recruit/ActionFeedback';
import { useAction } from '../recruit/useAction';
import { useManageT } from './strings';

const managerStatuses = ['requested', 'ordered', 'delivered', 'returned'] as const;

/** Where a manager may move this equipment next (the recruit's acknowledgement is hers). */
export const equipmentChoices = (step: Step) =>
  managerStatuses.filter((s) => s !== step.status && canMoveEquipment(step.status, s));

export interface FormProps {
  step: Step;
  /** Says a success for the whole path: the step may move to another section and take this
   *  form with it. A refusal stays on the form, whose step has not moved. */
  onDone: (message: string) => void;
}

/** Approves or rejects a milestone, with a comment (milestone.decide): required to reject,
 *  which is said on the field before anything is written. */
export function Decide({ step, onDone }: FormProps) {
  const { t } = useManageT();
  const { act, busy, result } = useAction();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const id = useId();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === 'rejected' ? 'rejected' : 'approved';
    setMissing(decision === 'rejected' && !comment.trim());
    if (decision === 'rejected' && !comment.trim()) return;
    const args = {
      stepId: step.id,
      decision,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    };
    const message = t(`recruit.${decision}`, { title: step.title });
    const outcome = await act('milestone.decide', args, message);
    if (!outcome.ok) return;
    setComment('');
    onDone(message);
  }
  return (
    <form className="manage-action" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-comment`}>{t('recruit.comment')}</label>
      <textarea
        id={`${id}-comment`}
        rows={2}
        maxLength={2000}
        value={comment}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(event) => setComment(event.target.value)}
      />
      {missing ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t('recruit.commentRequired')}
        </p>
      ) : null}
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
      <ActionFeedback result={result?.ok ? null : result} />
    </form>
  );
}

/** Moves equipment along its life-cycle, with its asset tag (equipment.setStatus). */
export function EquipmentMove({ step, onDone }: FormProps) {
  const { t } = useManageT();
  const { act, busy, result } = useAction();
  const choices = equipmentChoices(step);
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
    const message = t('recruit.equipmentMoved', { title: step.title });
    if ((await act('equipment.setStatus', args, message)).ok) onDone(message);
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
      <ActionFeedback result={result?.ok ? null : result} />
    </form>
  );
}
