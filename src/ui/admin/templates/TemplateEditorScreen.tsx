import '../../manage/manage.css';
import './templates.css';
import { Link, useParams, useSearchParams } from 'react-router';
import { familyOf, revisionOf, versionsOf } from '../../../domain/figures/template-versions';
import { useUserData } from '../../data/user-data-context';
import { Loading } from '../../layout/Loading';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { TemplateForm } from './TemplateForm';
import { useTemplatesT } from './strings';
import { draftOf } from './template-form';
import { useTemplates } from './useTemplates';

/**
 * The editor, three ways: `/modeles/nouveau` starts a template from one blank step;
 * `/modeles/nouveau?copie=<id>` starts one from a copy of a version (a new family);
 * `/modeles/<id>/modifier` prepares the next version of that version's family.
 */
export default function TemplateEditorScreen() {
  const { t } = useTemplatesT();
  const { templateId } = useParams();
  const [params] = useSearchParams();
  const { db } = useUserData();
  const templates = useTemplates(db);
  const sourceId = templateId ?? params.get('copie');
  const source = templates?.find((row) => row.id === sourceId);
  const editing = templateId !== undefined;
  const heading = !source
    ? t('editor.newTitle')
    : editing
      ? t('editor.editTitle', { name: source.name })
      : t('editor.copyTitle', { name: source.name });
  useDocumentTitle(heading);
  if (!templates) return <Loading />;
  if (sourceId && !source)
    return (
      <div className="manage">
        <h1>{t('list.title')}</h1>
        <p>{t('view.notFound')}</p>
        <p>
          <Link to="/modeles">{t('view.back')}</Link>
        </p>
      </div>
    );
  const family = editing && source ? familyOf(source) : undefined;
  const next = family ? Math.max(...versionsOf(templates, family).map(revisionOf)) + 1 : 1;
  return (
    <div className="manage">
      <p>
        <Link to={source ? `/modeles/${source.id}` : '/modeles'}>
          {source ? source.name : t('view.back')}
        </Link>
      </p>
      <h1>{heading}</h1>
      {source ? (
        <p>{editing ? t('editor.editIntro', { revision: next }) : t('editor.copyIntro')}</p>
      ) : null}
      <TemplateForm
        // A new source is a new form: what was typed for another one does not carry over.
        key={`${sourceId ?? 'new'}:${String(editing)}`}
        initial={
          source && !editing
            ? draftOf(source, t('editor.copyName', { name: source.name }))
            : draftOf(source)
        }
        family={family}
      />
    </div>
  );
}
