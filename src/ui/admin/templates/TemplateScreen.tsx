import '../../manage/manage.css';
import './templates.css';
import { Link, useParams } from 'react-router';
import type { Template } from '../../../domain/entities';
import {
  currentTemplates,
  familyOf,
  revisionOf,
  versionsOf,
} from '../../../domain/figures/template-versions';
import { useUserData } from '../../data/user-data-context';
import { Loading } from '../../layout/Loading';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { RetireControl } from './RetireControl';
import { TemplateSteps } from './TemplateSteps';
import { useTemplatesT } from './strings';
import { mayOnTemplates } from './template-view';
import { useTemplates } from './useTemplates';

/** One version of a template: what it says, its steps with their due dates for a start date
 *  of one's choosing, its other versions, and what the HR admin may do with it. */
export default function TemplateScreen() {
  const { t } = useTemplatesT();
  const { templateId = '' } = useParams();
  const { db } = useUserData();
  const templates = useTemplates(db);
  const template = templates?.find((row) => row.id === templateId);
  useDocumentTitle(template?.name ?? t('list.title'));
  if (!templates) return <Loading />;
  if (!template)
    return (
      <div className="manage">
        <h1>{t('list.title')}</h1>
        <p>{t('view.notFound')}</p>
        <p>
          <Link to="/modeles">{t('view.back')}</Link>
        </p>
      </div>
    );
  const versions = versionsOf(templates, familyOf(template));
  const latest = versions.at(-1) ?? template;
  const offered = currentTemplates(versions)[0];
  return (
    <div className="manage">
      <p>
        <Link to="/modeles">{t('view.back')}</Link>
      </p>
      <h1>{template.name}</h1>
      <ul className="manage-facts">
        <li>{t('view.revision', { revision: revisionOf(template) })}</li>
        <li>{t('view.job', { job: template.job })}</li>
        <li>{t('view.status', { status: t(`statuses.${template.status}`) })}</li>
      </ul>
      {template.retired ? (
        <p className="notice">{t('view.retiredNote')}</p>
      ) : latest.id !== template.id ? (
        <p className="notice">{t('view.supersededNote')}</p>
      ) : null}
      <Actions template={template} latest={latest} />
      {versions.length > 1 ? (
        <section aria-labelledby="template-versions" className="manage-panel">
          <h2 id="template-versions">{t('view.versions')}</h2>
          <ul className="templates-versions">
            {versions.map((version) => (
              <li key={version.id}>
                <Link
                  to={`/modeles/${version.id}`}
                  aria-current={version.id === template.id ? 'page' : undefined}
                >
                  {t('view.revision', { revision: revisionOf(version) })}
                </Link>
                {version.id === offered?.id ? ` ${t('view.current')}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TemplateSteps template={template} />
    </div>
  );
}

/** Modifier publishes the family's next version (not once it is retired: a copy then);
 *  Dupliquer starts a new template from this one; Retirer takes this version out. */
function Actions({ template, latest }: { template: Template; latest: Template }) {
  const { t } = useTemplatesT();
  const { actor } = useUserData();
  if (!mayOnTemplates(actor, 'template.publish')) return null;
  return (
    <div className="templates-actions">
      {latest.retired ? null : (
        <Link className="button" to={`/modeles/${template.id}/modifier`}>
          {t('view.edit')}
        </Link>
      )}
      <Link className="button button--quiet" to={`/modeles/nouveau?copie=${template.id}`}>
        {t('view.duplicate')}
      </Link>
      {mayOnTemplates(actor, 'template.retire') ? <RetireControl template={template} /> : null}
    </div>
  );
}
