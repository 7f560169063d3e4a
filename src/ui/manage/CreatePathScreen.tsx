import './manage.css';
import '../recruit/strings';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { todayIso } from '../../domain/dates';
import { suggestTemplates } from '../../domain/figures';
import { createPath } from '../../domain/path';
import { useCommandError } from '../data/command-error';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { SelectField } from '../components/SelectField';
import { TextField } from '../login/TextField';
import { ActionFeedback } from '../recruit/ActionFeedback';
import { useFormat } from '../recruit/format';
import { useAction } from '../recruit/useAction';
import { useManageT } from './strings';

/** A manager starts a recruit's path: who, from which template (the one for her job and
 *  status first), from when, with which mentor; she sees the steps and their due dates
 *  before creating it. Offline too: the device and the server build the same rows. */
export default function CreatePathScreen() {
  const { t } = useManageT();
  const format = useFormat();
  const describe = useCommandError();
  const navigate = useNavigate();
  const { db } = useUserData();
  const [params] = useSearchParams();
  const id = useId();
  const { act, busy, result } = useAction();
  useDocumentTitle(t('create.title'));
  const data = useLiveQuery(async () => {
    const [agents, paths, templates] = await Promise.all([
      db.agent.toArray(),
      db.path.toArray(),
      db.template.toArray(),
    ]);
    const withPath = new Set(paths.map((p) => p.recruitId));
    const recruits = agents
      .filter((a) => a.roles.includes('recruit') && !withPath.has(a.id))
      .sort((a, b) => a.startDate.localeCompare(b.startDate));
    return { agents, recruits, templates };
  }, [db]);
  const [recruitId, setRecruitId] = useState(params.get('recrue') ?? '');
  const [chosen, setChosen] = useState({ templateId: '', startDate: '', mentorId: '' });
  const recruit = data?.recruits.find((a) => a.id === recruitId) ?? data?.recruits[0];
  const templates = useMemo(
    () => (data && recruit ? suggestTemplates(data.templates, recruit.job, recruit.status) : []),
    [data, recruit],
  );
  if (!data) return <Loading />;
  if (!recruit)
    return (
      <div className="manage">
        <h1>{t('create.title')}</h1>
        <p>{t('create.nobody')}</p>
      </div>
    );
  const template = templates.find((tpl) => tpl.id === chosen.templateId) ?? templates[0];
  const startDate = chosen.startDate || recruit.startDate || todayIso(new Date());
  const mentors = data.agents.filter(
    (a) => a.roles.includes('mentor') && a.circonscriptionId === recruit.circonscriptionId,
  );
  const preview =
    template && recruit.circonscriptionId && /^\d{4}-\d{2}-\d{2}$/.test(startDate)
      ? createPath(template, {
          id: 'preview',
          recruitId: recruit.id,
          mentorId: null,
          circonscriptionId: recruit.circonscriptionId,
          startDate,
        }).steps
      : [];
  const failed = result && !result.ok ? result.error : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!template || !recruit) return;
    const args = {
      id: crypto.randomUUID(),
      recruitId: recruit.id,
      templateId: template.id,
      startDate,
      ...(chosen.mentorId ? { mentorId: chosen.mentorId } : {}),
    };
    const outcome = await act(
      'path.create',
      args,
      t('create.created', { name: recruit.displayName }),
    );
    if (outcome.ok) void navigate(`/recrues/${recruit.id}`);
  }

  return (
    <div className="manage">
      <h1>{t('create.title')}</h1>
      <form className="manage-form" onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          label={t('create.recruit')}
          value={recruit.id}
          onChange={setRecruitId}
          choices={data.recruits.map((a) => ({
            value: a.id,
            label: t('create.recruitOption', {
              name: a.displayName,
              job: a.job,
              date: format.date(a.startDate),
            }),
          }))}
        />
        <SelectField
          label={t('create.template')}
          value={template?.id ?? ''}
          onChange={(templateId) => setChosen({ ...chosen, templateId })}
          choices={templates.map((tpl, index) => ({
            value: tpl.id,
            label: index === 0 ? t('create.suggested', { name: tpl.name }) : tpl.name,
          }))}
        />
        <TextField
          label={t('create.startDate')}
          type="date"
          value={startDate}
          required
          onChange={(event) => setChosen({ ...chosen, startDate: event.target.value })}
          error={failed?.field === 'startDate' ? describe(failed) : undefined}
        />
        <SelectField
          label={t('create.mentor')}
          value={chosen.mentorId}
          onChange={(mentorId) => setChosen({ ...chosen, mentorId })}
          choices={[
            { value: '', label: t('create.noMentor') },
            ...mentors.map((m) => ({ value: m.id, label: m.displayName })),
          ]}
        />
        <section aria-labelledby={`${id}-preview`} className="manage-panel">
          <h2 id={`${id}-preview`}>{t('create.preview', { count: preview.length })}</h2>
          <ol className="manage-preview">
            {preview.map((step) => (
              <li key={step.id}>
                {step.title} <span className="manage-sub">{format.date(step.dueDate)}</span>
              </li>
            ))}
          </ol>
        </section>
        <button type="submit" className="button" disabled={busy || !template}>
          {t('create.submit')}
        </button>
        <ActionFeedback result={result} shownOnField={failed?.field === 'startDate'} />
      </form>
    </div>
  );
}
