import './welcome.css';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { filesOf } from '../../domain/content/entity';
import { useContentItem } from '../../db/content';
import { fileUrl } from '../../db/offline-files';
import { useUserData } from '../data/user-data-context';
import { Loading } from '../layout/Loading';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { formatSize } from './format';
import { LazyMarkdown } from './LazyMarkdown';
import { OfflineFiles } from './OfflineFiles';
import { useWelcomeT } from './strings';
import { VideoPlayer } from './VideoPlayer';

/** One welcome item: a booklet chapter, a testimony with its transcript, or a sheet with its
 *  attachments; its files can be kept on the device for offline use. */
export default function ContentScreen() {
  const { t, i18n } = useWelcomeT();
  const { itemId } = useParams();
  const { db } = useUserData();
  const item = useContentItem(db, itemId);
  useDocumentTitle(item ? item.title : t('title'));
  // One array while the item stays the same: the offline panel reads the cache for it.
  const files = useMemo(() => (item ? filesOf(item) : []), [item]);
  if (item === undefined) return <Loading />;
  const back = (
    <p>
      <Link to="/bienvenue">{t('item.back')}</Link>
    </p>
  );
  if (item === null)
    return (
      <div className="welcome">
        {back}
        <h1>{t('title')}</h1>
        <p>{t('item.notFound')}</p>
      </div>
    );
  return (
    <article className="welcome welcome-item">
      {back}
      <h1>{item.title}</h1>
      <p className="welcome-item__meta">
        {[
          t(`kind.${item.kind}`),
          item.theme,
          item.authorTeam ? t('by', { team: item.authorTeam }) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {item.step ? (
        <p className="welcome-item__step">{t('item.forStep', { step: item.step.title })}</p>
      ) : null}
      {item.media ? <VideoPlayer media={item.media} title={item.title} /> : null}
      {item.media ? <h2>{t('item.transcript')}</h2> : null}
      <LazyMarkdown source={item.body} />
      {item.attachments.length > 0 ? (
        <section aria-labelledby="welcome-attachments">
          <h2 id="welcome-attachments">{t('item.attachments')}</h2>
          <ul className="welcome-list">
            {item.attachments.map((file) => (
              <li key={file.id}>
                <a href={fileUrl(file.id)} download={file.name}>
                  {file.name}
                </a>
                <span className="welcome-list__meta">{formatSize(file.size, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {files.length > 0 ? <OfflineFiles files={files} /> : null}
    </article>
  );
}
