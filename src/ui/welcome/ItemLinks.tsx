import { Link } from 'react-router';
import type { ContentItem } from '../../domain/content/entity';
import { useWelcomeT } from './strings';

/** A list of items, each a link to its page with what tells them apart (theme, team). */
export function ItemLinks({ items, empty }: { items: readonly ContentItem[]; empty: string }) {
  const { t } = useWelcomeT();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="welcome-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`/bienvenue/${item.id}`}>{item.title}</Link>
          <span className="welcome-list__meta">
            {[
              item.kind === 'video' && item.media
                ? t('duration', {
                    minutes: Math.floor(item.media.durationSeconds / 60),
                    seconds: item.media.durationSeconds % 60,
                  })
                : item.theme,
              item.authorTeam ? t('by', { team: item.authorTeam }) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
