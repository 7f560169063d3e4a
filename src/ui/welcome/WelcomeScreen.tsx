import './welcome.css';
import { Link } from 'react-router';
import { mayPropose } from '../../domain/content/targeting';
import { useWelcome } from '../../db/content';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { ItemLinks } from './ItemLinks';
import { SheetSearch } from './SheetSearch';
import { useWelcomeT } from './strings';

/** "Bienvenue" (issue 18): what is published for her — the booklet's chapters, the testimony
 *  videos, the good-practice sheets with their search — read from this device, offline. */
export default function WelcomeScreen() {
  const { t } = useWelcomeT();
  const { db, agent } = useUserData();
  const welcome = useWelcome(db, agent);
  useDocumentTitle(t('title'));
  if (!welcome) return <Loading />;
  const { items, mine } = welcome;
  const admin = agent.roles.includes('admin');
  const of = (kind: string) => items.filter((item) => item.kind === kind);
  return (
    <div className="welcome">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {admin || mayPropose(agent.roles) ? (
        <p className="welcome__actions">
          {admin ? (
            <Link className="button button--quiet" to="/contenus">
              {t('manage')}
            </Link>
          ) : null}
          <Link className="button button--quiet" to="/contenus/nouveau?type=sheet">
            {t('propose')}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="welcome-booklet">
        <h2 id="welcome-booklet">{t('booklet')}</h2>
        <ItemLinks items={of('page')} empty={t('noBooklet')} />
      </section>
      <section aria-labelledby="welcome-videos">
        <h2 id="welcome-videos">{t('videos')}</h2>
        <ItemLinks items={of('video')} empty={t('noVideo')} />
      </section>
      <section aria-labelledby="welcome-sheets">
        <h2 id="welcome-sheets">{t('sheets')}</h2>
        <SheetSearch sheets={of('sheet')} />
      </section>
      {mine.length > 0 ? (
        <section aria-labelledby="welcome-mine">
          <h2 id="welcome-mine">{t('mine')}</h2>
          <ul className="welcome-list">
            {mine.map((item) => (
              <li key={item.id}>
                <Link to={`/contenus/${item.id}`}>{item.title}</Link>
                <span className="welcome-list__meta">{t(`status.${item.status}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
