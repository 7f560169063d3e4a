import { useState } from 'react';
import { todayIso } from '../../../domain/dates';
import type { Step, Template } from '../../../domain/entities';
import { createPath } from '../../../domain/path';
import { DataTable, type Column } from '../../components/DataTable';
import { TextField } from '../../login/TextField';
import { useFormat } from '../../recruit/format';
import { useDueWords } from './due-words';
import { useTemplatesT } from './strings';
import { revisionOf } from '../../../domain/figures/template-versions';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The version's steps, each with its due date for a start date one picks: the very rows
 *  path.create would make (createPath), so the preview cannot differ from the path. */
export function TemplateSteps({ template }: { template: Template }) {
  const { t } = useTemplatesT();
  const format = useFormat();
  const dueWords = useDueWords();
  const [start, setStart] = useState(() => todayIso(new Date()));
  // While the date is half typed, the last whole one stays shown.
  const [shown, setShown] = useState(start);
  const steps = createPath(template, {
    id: 'preview',
    recruitId: 'preview',
    mentorId: null,
    circonscriptionId: 'preview',
    startDate: shown,
  }).steps;
  const columns: Column<Step>[] = [
    {
      key: 'position',
      header: t('view.columns.position'),
      numeric: true,
      cell: (step) => step.position + 1,
    },
    { key: 'kind', header: t('view.columns.kind'), cell: (step) => t(`kinds.${step.kind}`) },
    { key: 'title', header: t('view.columns.title'), rowHeader: true, cell: (step) => step.title },
    {
      key: 'due',
      header: t('view.columns.due'),
      cell: (step) => dueWords(template.steps[step.position]!.due),
    },
    {
      key: 'dueDate',
      header: t('view.columns.dueDate'),
      cell: (step) => format.date(step.dueDate),
    },
    {
      key: 'approval',
      header: t('view.columns.approval'),
      cell: (step) => (step.needsApproval ? t('view.yes') : t('view.no')),
    },
  ];
  return (
    <section aria-labelledby="template-steps" className="manage-panel manage">
      <h2 id="template-steps">{t('view.steps')}</h2>
      <div className="manage-form">
        <TextField
          label={t('view.previewStart')}
          type="date"
          value={start}
          onChange={(event) => {
            setStart(event.target.value);
            if (isoDate.test(event.target.value)) setShown(event.target.value);
          }}
          error={undefined}
        />
      </div>
      <DataTable
        caption={t('view.caption', { revision: revisionOf(template), date: format.date(shown) })}
        empty={t('list.empty')}
        rows={steps}
        columns={columns}
        rowKey={(step) => step.id}
      />
    </section>
  );
}
