import { z } from 'zod';
import { EmploymentStatus, Id, Service } from '../organisation';

/**
 * The welcome content (issue 18): booklet pages, testimony videos and good-practice sheets,
 * published by the HR admin, proposed by teams. Their text syncs with the rest; their files
 * (a video, its poster and captions, a sheet's PDF) are fetched on demand and kept offline.
 */
export const ContentKind = z.enum(['page', 'video', 'sheet']);
export type ContentKind = z.infer<typeof ContentKind>;

/** A draft is the HR admin's; a proposal is a team's sheet waiting for review; only a
 *  published item reaches the agents it is for. */
export const ContentStatus = z.enum(['draft', 'proposed', 'published', 'unpublished']);
export type ContentStatus = z.infer<typeof ContentStatus>;

/** The kinds of file an item may carry, each with its size limit (bytes). The type is read
 *  from the file's first bytes on upload, never from its name. */
export const fileKinds = {
  video: { types: ['video/mp4', 'video/webm'], maxBytes: 200 * 1024 * 1024 },
  image: { types: ['image/png', 'image/jpeg', 'image/webp'], maxBytes: 2 * 1024 * 1024 },
  pdf: { types: ['application/pdf'], maxBytes: 10 * 1024 * 1024 },
  captions: { types: ['text/vtt'], maxBytes: 512 * 1024 },
} as const;
export type FileKind = keyof typeof fileKinds;
export const FileKind = z.enum(['video', 'image', 'pdf', 'captions']);
export const FileType = z.enum([
  'video/mp4',
  'video/webm',
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
  'text/vtt',
]);
export type FileType = z.infer<typeof FileType>;

/** A stored file as an item names it: what the upload answered. */
export const FileRef = z.strictObject({
  id: Id,
  name: z.string().trim().min(1).max(200),
  type: FileType,
  size: z.number().int().min(1),
});
export type FileRef = z.infer<typeof FileRef>;

/** Who an item is for: each list narrows it, an empty list means everyone. */
export const ContentTarget = z.strictObject({
  services: z.array(Service).max(3),
  jobs: z.array(z.string().trim().min(1).max(120)).max(50),
  statuses: z.array(EmploymentStatus).max(10),
  circonscriptionIds: z.array(Id).max(300),
});
export type ContentTarget = z.infer<typeof ContentTarget>;
export const everyone: ContentTarget = {
  services: [],
  jobs: [],
  statuses: [],
  circonscriptionIds: [],
};

/** A step of a template family the item belongs to ("read before your first home visit"):
 *  by title, which a new version of the template keeps, rather than by position. */
export const StepLink = z.strictObject({
  family: Id,
  title: z.string().trim().min(1).max(160),
});
export type StepLink = z.infer<typeof StepLink>;

/** A video's files: the film, the image shown before it plays, its WebVTT captions. */
export const Media = z.strictObject({
  video: FileRef,
  poster: FileRef.nullable(),
  captions: FileRef,
  durationSeconds: z
    .number()
    .int()
    .min(1)
    .max(6 * 3600),
});
export type Media = z.infer<typeof Media>;

/** What an author writes; the rest of an item is the server's record of it. */
export const ContentFields = z.strictObject({
  kind: ContentKind,
  title: z.string().trim().min(1).max(160),
  /** A sheet's theme ("RSA", "Protection de l'enfance"…); a booklet chapter's part. */
  theme: z.string().trim().max(80),
  /** Markdown: a page's text, a video's transcript, a sheet's text. */
  body: z.string().max(50_000),
  /** Its place in the booklet, smallest first. */
  position: z.number().int().min(0).max(9999),
  target: ContentTarget,
  step: StepLink.nullable(),
  media: Media.nullable(),
  attachments: z.array(FileRef).max(10),
  /** The team credited for a sheet ("Équipe RSA de Bondy"). */
  authorTeam: z.string().trim().max(160),
});
export type ContentFields = z.infer<typeof ContentFields>;

export const ContentItem = z.strictObject({
  id: Id,
  ...ContentFields.shape,
  status: ContentStatus,
  /** 1 at creation, one more at every save: the server keeps each earlier one. */
  revision: z.number().int().min(1),
  /** Who proposed a sheet, when a team did. */
  proposedBy: Id.nullable(),
  updatedBy: Id,
  updatedAt: z.iso.datetime(),
  version: z.number().int().min(0),
});
export type ContentItem = z.infer<typeof ContentItem>;

/** Every file an item names, for downloads and for the server's read check. */
export const filesOf = (item: Pick<ContentItem, 'media' | 'attachments'>): FileRef[] => [
  ...(item.media
    ? [item.media.video, ...(item.media.poster ? [item.media.poster] : []), item.media.captions]
    : []),
  ...item.attachments,
];
