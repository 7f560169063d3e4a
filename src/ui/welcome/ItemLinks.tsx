import { useMemo } from 'react';
import type { ContentItem } from '../../domain/content/entity';
import { useInAppLinks } from '../components/useInAppLinks';
import { useWelcomeT } from './strings';

/** A list of items, each a link to its page with what tells them apart (theme or duration,
 *  team). Each distinct label is translated once (a list of fifty asks for the same few),
 *  and the links are plain anchors under one listener (useInAppLinks), as on her path. */
export function ItemLinks({ items, empty }: { items: readonly ContentItem[]; empty: string }) {
  const { t } = useWelcomeT();
  const links = useInAppLinks();
  const metas = useMemo(() => {
    const said = new Map<string, string>();
    const once = (key: string, make: () => string) =>
      said.get(key) ?? said.set(key, make()).get(key)!;
    return items.map((item) => {
      const first =
        item.kind === 'video' && item.media
          ? once(`d${item.media.durationSeconds}`, () =>
              t('duration', {
                minutes: Math.floor(item.media!.durationSeconds / 60),
                seconds: item.media!.durationSeconds % 60,
              }),
            )
          : item.theme;
      const team = item.authorTeam
        ? once(`t${item.authorTeam}`, () => t('by', { team: item.authorTeam }))
        : '';
      return [first, team].filter(Boolean).join(' · ');
    });
  }, [items, t]);
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="welcome-list" ref={links}>
      {items.map((item, index) => (
        <li key={item.id}>
          <a href={`/bienvenue/${item.id}`}>{item.title}</a>
          <span className="welcome-list__meta">{metas[index]}</span>
        </li>
      ))}
    </ul>
  );
}
