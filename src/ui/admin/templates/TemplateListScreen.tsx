import '../../manage/manage.css';
import './templates.css';
import { Link, useSearchParams } from 'react-router';
import type { Template } from '../../../domain/entities';
import { revisionOf, templateList } from '../../../domain/figures/template-versions';
import { DataTable, type Column } from '../../components/DataTable';
import { useUserData } from '../../data/user-data-context';
import { Loading } from '../../layout/Loading';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { useTemplatesT } from './strings';
import { mayOnTemplates } from './template-view';
import { useTemplates } from './useTemplates';

/** "Modèles": the latest version of each template, those in service only unless asked (the
 *  choice lives in the URL, like the tables' sorting); each opens its page. */
export default function TemplateListScreen() {
  const { t } = useTemplatesT();
  const { db, actor } = useUserData();
  const [params, setParams] = useSearchParams();
  const withRetired = params.get('retires') === '1';
  useDocumentTitle(t('list.title'));
  const templates = useTemplates(db);
  if (!templates) return <Loading />;
  const columns: Column<Template>[] = [
    {
      key: 'name',
      header: t('list.columns.name'),
      rowHeader: true,
      cell: (template) => <Link to={`/modeles/${template.id}`}>{template.name}</Link>,
    },
    { key: 'job', header: t('list.columns.job'), cell: (template) => template.job },
    {
      key: 'status',
      header: t('list.columns.status'),
      cell: (template) => t(`statuses.${template.status}`),
    },
    {
      key: 'revision',
      header: t('list.columns.revision'),
      numeric: true,
      cell: revisionOf,
    },
    {
      key: 'steps',
      header: t('list.columns.steps'),
      numeric: true,
      cell: (template) => template.steps.length,
    },
    {
      key: 'state',
      header: t('list.columns.state'),
      cell: (template) => (template.retired ? t('list.retired') : t('list.inService')),
    },
  ];
  return (
    <div className="manage">
      <h1>{t('list.title')}</h1>
      <p>{t('list.intro')}</p>
      {mayOnTemplates(actor, 'template.publish') ? (
        <p>
          <Link className="button" to="/modeles/nouveau">
            {t('list.new')}
          </Link>
        </p>
      ) : null}
      <label className="templates-check">
        <input
          type="checkbox"
          checked={withRetired}
          onChange={(event) =>
            setParams(event.target.checked ? { retires: '1' } : {}, { replace: true })
          }
        />
        {t('list.showRetired')}
      </label>
      <DataTable
        caption={t('list.caption')}
        empty={t('list.empty')}
        rows={templateList(templates, withRetired)}
        columns={columns}
        rowKey={(template) => template.id}
      />
    </div>
  );
}
