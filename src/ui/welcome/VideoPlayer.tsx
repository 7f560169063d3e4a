import type { Media } from '../../domain/content/entity';
import { fileUrl } from '../../db/offline-files';
import { useWelcomeT } from './strings';

/** A testimony: the browser's own player (keyboard and screen-reader ready), French captions
 *  on by default (RGAA 4.1), the poster before it plays. Offline, the service worker answers
 *  its range requests from the files kept on the device. */
export function VideoPlayer({ media, title }: { media: Media; title: string }) {
  const { t } = useWelcomeT();
  return (
    <figure className="video-player">
      <video
        controls
        preload="metadata"
        playsInline
        aria-label={title}
        poster={media.poster ? fileUrl(media.poster.id) : undefined}
      >
        <source src={fileUrl(media.video.id)} type={media.video.type} />
        <track
          kind="captions"
          srcLang="fr"
          label={t('item.captions')}
          src={fileUrl(media.captions.id)}
          default
        />
        {t('item.noVideo')}
      </video>
    </figure>
  );
}
