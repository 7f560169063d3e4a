import './welcome.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { frenchOrder } from '../../domain/content/search';
import { mayPropose } from '../../domain/content/targeting';
import { currentTemplates, familyOf } from '../../domain/figures/template-versions';
import { useContentItem } from '../../db/content';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { draftOf } from './content-form';
import { ContentForm } from './ContentForm';
import { useWelcomeT } from './strings';

/** `/contenus/nouveau` (a team: `?type=sheet`) and `/contenus/<id>`: the item's editor, over
 *  what this device holds (the organisation, the templates), offline too. */
export default function ContentEditorScreen() {
  const { t } = useWelcomeT();
  const { itemId } = useParams();
  const [params] = useSearchParams();
  const { db, agent } = useUserData();
  const item = useContentItem(db, itemId);
  const newId = useMemo(() => crypto.randomUUID(), []);
  const choices = useLiveQuery(async () => {
    const [circonscriptions, templates, agents] = await Promise.all([
      db.circonscription.toArray(),
      db.template.toArray(),
      db.agent.toArray(),
    ]);
    const live = currentTemplates(templates);
    return {
      circonscriptions: circonscriptions
        .filter((c) => !c.closed)
        .sort((a, b) => frenchOrder(a.name, b.name)),
      jobs: [...new Set([...templates.map((x) => x.job), ...agents.map((a) => a.job)])].sort(
        frenchOrder,
      ),
      steps: live.flatMap((template) =>
        [...new Set(template.steps.map((step) => step.title))].map((title) => ({
          link: { family: familyOf(template), title },
          label: `${template.name} — ${title}`,
        })),
      ),
    };
  }, [db]);
  const admin = agent.roles.includes('admin');
  const heading = item
    ? t('editor.editTitle', { title: item.title })
    : admin
      ? t('editor.newTitle')
      : t('editor.proposeTitle');
  useDocumentTitle(heading);
  if (item === undefined || !choices) return <Loading />;
  const back = (
    <p>
      <Link to={admin ? '/contenus' : '/bienvenue'}>
        {admin ? t('editor.back') : t('item.back')}
      </Link>
    </p>
  );
  if ((itemId && item === null) || (!admin && !mayPropose(agent.roles)))
    return (
      <div className="welcome">
        {back}
        <h1>{t('editor.newTitle')}</h1>
        <p>{t('editor.notFound')}</p>
      </div>
    );
  const kind = admin && params.get('type') !== 'sheet' ? 'page' : 'sheet';
  return (
    <div className="welcome">
      {back}
      <h1>{heading}</h1>
      {item ? (
        <p>{t('editor.state', { status: t(`status.${item.status}`), revision: item.revision })}</p>
      ) : null}
      <ContentForm
        key={item?.id ?? newId}
        id={item?.id ?? newId}
        item={item}
        initial={draftOf(item, kind)}
        admin={admin}
        {...choices}
      />
    </div>
  );
}
