import {
  everyone,
  type ContentFields,
  type ContentItem,
  type ContentKind,
} from '../../domain/content/entity';

/** What the editor holds while one types: the command's fields, the duration as typed. */
export interface Draft extends Omit<ContentFields, 'media'> {
  video: ContentItem['attachments'][number] | null;
  poster: ContentItem['attachments'][number] | null;
  captions: ContentItem['attachments'][number] | null;
  duration: string;
}

export function draftOf(item: ContentItem | null, kind: ContentKind): Draft {
  return {
    kind: item?.kind ?? kind,
    title: item?.title ?? '',
    theme: item?.theme ?? '',
    body: item?.body ?? '',
    position: item?.position ?? 0,
    target: item?.target ?? everyone,
    step: item?.step ?? null,
    attachments: item?.attachments ?? [],
    authorTeam: item?.authorTeam ?? '',
    video: item?.media?.video ?? null,
    poster: item?.media?.poster ?? null,
    captions: item?.media?.captions ?? null,
    duration: item?.media ? String(item.media.durationSeconds) : '',
  };
}

/** The arguments of content.save: a video's files become its media (the command refuses a
 *  video without them, naming `media`); other kinds carry none. */
export function argsOf(id: string, draft: Draft): ContentFields & { id: string } {
  const { video, poster, captions, duration, ...fields } = draft;
  const media =
    draft.kind === 'video' && video && captions
      ? { video, poster, captions, durationSeconds: Number(duration) }
      : null;
  return { id, ...fields, media };
}
