import { useId, useRef, useState, type FormEvent } from 'react';
import { useCommandError } from '../data/command-error';
import { TextField } from '../login/TextField';
import { ActionFeedback } from './ActionFeedback';
import { useFormat } from './format';
import { useRecruitT } from './strings';
import { useAction } from './useAction';

const dayChoices = Array.from({ length: 10 }, (_, index) => (index + 1) / 2);
const fields = ['date', 'title', 'provider', 'days'] as const;
type Field = (typeof fields)[number];
const isField = (field: string | undefined): field is Field =>
  (fields as readonly (string | undefined)[]).includes(field);

/** Records a training (training.record). The command validates; its refusal is shown on the
 *  field it names, the form keeps what was typed; a success empties it. */
export function TrainingForm({ agentId, today }: { agentId: string; today: string }) {
  const { t } = useRecruitT();
  const format = useFormat();
  const describe = useCommandError();
  const { act, busy, result } = useAction();
  const blank = { date: today, title: '', provider: '', days: '1' };
  const [values, setValues] = useState(blank);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | HTMLSelectElement | null>>>({});
  const daysId = useId();
  const failed = result && !result.ok ? result.error : null;
  const field = failed && isField(failed.field) ? failed.field : null;
  const errorOf = (name: Field) => (failed && field === name ? describe(failed) : undefined);
  const set = (name: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const args = {
      id: crypto.randomUUID(),
      agentId,
      date: values.date,
      title: values.title,
      ...(values.provider.trim() ? { provider: values.provider } : {}),
      days: Number(values.days),
    };
    const outcome = await act(
      'training.record',
      args,
      t('training.saved', { title: values.title.trim() }),
    );
    if (outcome.ok) setValues(blank);
    else if (isField(outcome.error.field)) inputs.current[outcome.error.field]?.focus();
  }

  return (
    <section aria-labelledby="training-form-title">
      <h2 id="training-form-title">{t('training.formTitle')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          ref={(element) => void (inputs.current.date = element)}
          type="date"
          label={t('training.date')}
          value={values.date}
          onChange={set('date')}
          error={errorOf('date')}
        />
        <TextField
          ref={(element) => void (inputs.current.title = element)}
          label={t('training.name')}
          value={values.title}
          onChange={set('title')}
          error={errorOf('title')}
        />
        <TextField
          ref={(element) => void (inputs.current.provider = element)}
          label={t('training.providerField')}
          value={values.provider}
          onChange={set('provider')}
          error={errorOf('provider')}
        />
        <div className="field">
          <label className="field__label" htmlFor={daysId}>
            {t('training.daysField')}
          </label>
          <select
            ref={(element) => void (inputs.current.days = element)}
            id={daysId}
            className="field__input"
            value={values.days}
            onChange={set('days')}
            aria-invalid={field === 'days' ? true : undefined}
            aria-describedby={field === 'days' ? `${daysId}-error` : undefined}
          >
            {dayChoices.map((days) => (
              <option key={days} value={String(days)}>
                {t('training.days', { count: days, days: format.number(days) })}
              </option>
            ))}
          </select>
          {field === 'days' ? (
            <p id={`${daysId}-error`} className="field__error">
              {errorOf('days')}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('training.save')}
        </button>
        <ActionFeedback result={result} shownOnField={field !== null} />
      </form>
    </section>
  );
}
