import './welcome.css';
import '../components/data-table.css';
import { Link } from 'react-router';
import type { ContentItem } from '../../domain/content/entity';
import { useContentItems } from '../../db/content';
import { DataTable, type Column } from '../components/DataTable';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useWelcomeT } from './strings';

/** The HR admin's library: every item, proposals to review first, each opening its editor. */
export default function ContentListScreen() {
  const { t } = useWelcomeT();
  const { db } = useUserData();
  const items = useContentItems(db);
  useDocumentTitle(t('list.title'));
  if (!items) return <Loading />;
  const waiting = items.filter((item) => item.status === 'proposed');
  const rows = [...waiting, ...items.filter((item) => item.status !== 'proposed')];
  const columns: Column<ContentItem>[] = [
    {
      key: 'title',
      header: t('list.columns.title'),
      rowHeader: true,
      cell: (item) => <Link to={`/contenus/${item.id}`}>{item.title}</Link>,
    },
    { key: 'kind', header: t('list.columns.kind'), cell: (item) => t(`kind.${item.kind}`) },
    { key: 'status', header: t('list.columns.status'), cell: (item) => t(`status.${item.status}`) },
    {
      key: 'revision',
      header: t('list.columns.revision'),
      numeric: true,
      cell: (item) => item.revision,
    },
    { key: 'team', header: t('list.columns.team'), cell: (item) => item.authorTeam },
  ];
  return (
    <div className="welcome welcome--wide">
      <h1>{t('list.title')}</h1>
      <p>{t('list.intro')}</p>
      {waiting.length > 0 ? (
        <p className="notice">{t('list.waiting', { count: waiting.length })}</p>
      ) : null}
      <p className="welcome__actions">
        <Link className="button button--primary" to="/contenus/nouveau">
          {t('list.new')}
        </Link>
        <Link className="button button--quiet" to="/bienvenue">
          {t('list.read')}
        </Link>
      </p>
      <DataTable
        caption={t('list.caption')}
        empty={t('list.empty')}
        rows={rows}
        columns={columns}
        rowKey={(item) => item.id}
      />
    </div>
  );
}
