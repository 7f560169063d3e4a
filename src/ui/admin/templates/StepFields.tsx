import { memo, useId } from 'react';
import { DueOffset } from '../../../domain/dates';
import { StepKind } from '../../../domain/entities';
import { equipmentItemTypes } from '../../../domain/templates/steps';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../login/TextField';
import { useTemplatesT } from './strings';
import type { DraftStep, StepPart } from './template-form';

/** What a step may do to the list; one object for all steps, made once. */
export interface StepActions {
  change: (key: string, change: Partial<DraftStep>) => void;
  /** `said` is the polite message telling where it went. */
  move: (key: string, by: -1 | 1, said: string) => void;
  remove: (key: string, said: string) => void;
}

interface Props {
  step: DraftStep;
  /** 1 for the first step. */
  position: number;
  last: boolean;
  /** The part of this step a refusal names. */
  error: StepPart | undefined;
  actions: StepActions;
  /** Starts the ids of the move buttons, which the list gives the focus back to. */
  idPrefix: string;
}

/** One step of the editor: kind, title, help, due offset, approval, and for equipment the
 *  item handed over; then the buttons that move and remove it. A refusal shows under the
 *  field it names, or on the step itself. Memoised: typing in one step re-renders it alone. */
export const StepFields = memo(function StepFields(props: Props) {
  const { step, position, last, error, actions, idPrefix } = props;
  const { t } = useTemplatesT();
  const id = useId();
  const onChange = (change: Partial<DraftStep>) => actions.change(step.key, change);
  const legendId = `${id}-legend`;
  const moved = (by: -1 | 1) =>
    t('editor.moved', { title: step.title || t('editor.untitled'), position: position + by });
  const errorOf = (part: StepPart) => (error === part ? t(`errors.${part}`) : undefined);
  const whole = error === 'position' || error === 'step' ? t(`errors.${error}`) : undefined;
  const items: readonly string[] = equipmentItemTypes;
  const itemChoices = [
    { value: '', label: t('editor.noItemType') },
    ...equipmentItemTypes.map((item) => ({ value: item, label: t(`items.${item}`) })),
    // An item a template named outside the usual ones stays as it was written.
    ...(step.itemType && !items.includes(step.itemType)
      ? [{ value: step.itemType, label: step.itemType }]
      : []),
  ];
  return (
    <fieldset
      className="templates-step"
      aria-invalid={whole ? true : undefined}
      aria-describedby={whole ? `${id}-error` : undefined}
      tabIndex={whole ? -1 : undefined}
    >
      <legend id={legendId}>{t('editor.step', { position })}</legend>
      {whole ? (
        <p id={`${id}-error`} className="field__error">
          {whole}
        </p>
      ) : null}
      <SelectField
        label={t('editor.kind')}
        value={step.kind}
        onChange={(value) => {
          const kind = value as DraftStep['kind'];
          onChange(kind === 'milestone' ? { kind, needsApproval: true } : { kind });
        }}
        error={errorOf('kind')}
        choices={StepKind.options.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
      />
      <TextField
        label={t('editor.title')}
        value={step.title}
        maxLength={160}
        onChange={(event) => onChange({ title: event.target.value })}
        error={errorOf('title')}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-help`}>
          {t('editor.help')}
        </label>
        <textarea
          id={`${id}-help`}
          className="field__input"
          rows={3}
          maxLength={2000}
          value={step.help}
          aria-invalid={errorOf('help') ? true : undefined}
          aria-describedby={errorOf('help') ? `${id}-help-error` : undefined}
          onChange={(event) => onChange({ help: event.target.value })}
        />
        {errorOf('help') ? (
          <p id={`${id}-help-error`} className="field__error">
            {errorOf('help')}
          </p>
        ) : null}
      </div>
      <div className="templates-due">
        <TextField
          label={t('editor.amount')}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          value={step.amount}
          onChange={(event) => onChange({ amount: event.target.value })}
          error={errorOf('amount')}
        />
        <SelectField
          label={t('editor.unit')}
          value={step.unit}
          onChange={(unit) => onChange({ unit: unit as DraftStep['unit'] })}
          error={errorOf('unit')}
          choices={DueOffset.shape.unit.options.map((unit) => ({
            value: unit,
            label: t(`editor.units.${unit}`),
          }))}
        />
      </div>
      <label className="templates-check">
        <input
          type="checkbox"
          checked={step.needsApproval || step.kind === 'milestone'}
          // A milestone is reviewed by definition (template.publish says so too).
          disabled={step.kind === 'milestone'}
          onChange={(event) => onChange({ needsApproval: event.target.checked })}
        />
        {t('editor.needsApproval')}
      </label>
      {step.kind === 'equipment' ? (
        <SelectField
          label={t('editor.itemType')}
          value={step.itemType}
          onChange={(itemType) => onChange({ itemType })}
          error={errorOf('itemType')}
          choices={itemChoices}
        />
      ) : null}
      <div className="templates-actions">
        <button
          type="button"
          id={`${idPrefix}-${step.key}-up`}
          className="button button--quiet"
          aria-describedby={legendId}
          disabled={position === 1}
          onClick={() => actions.move(step.key, -1, moved(-1))}
        >
          {t('editor.up')}
        </button>
        <button
          type="button"
          id={`${idPrefix}-${step.key}-down`}
          className="button button--quiet"
          aria-describedby={legendId}
          disabled={last}
          onClick={() => actions.move(step.key, 1, moved(1))}
        >
          {t('editor.down')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-describedby={legendId}
          onClick={() => actions.remove(step.key, t('editor.removed', { position }))}
        >
          {t('editor.remove')}
        </button>
      </div>
    </fieldset>
  );
});
