import { fileTypeFromBuffer } from 'file-type';
import { FileType, fileKinds, type FileKind } from '../../domain/content/entity';
import { checkWebVtt } from '../../domain/content/webvtt';
import { HttpError } from '../http/http-error';
import type { Staged } from './store';

/**
 * The file's type, read from its bytes (never from its name nor from the client's word):
 * what the server later answers as Content-Type, so an executable named film.mp4 must
 * never be stored as a video. Throws the refusal the client shows beside the file field.
 */
export async function contentTypeOf(kind: FileKind, staged: Staged): Promise<FileType> {
  const sniffed = await fileTypeFromBuffer(staged.head);
  if (kind === 'captions') {
    // Text has no magic number: anything recognised as another format is not captions.
    if (sniffed && sniffed.mime !== 'text/vtt') throw wrongType(kind);
    checkCaptions(await staged.read());
    return 'text/vtt';
  }
  const allowed: readonly string[] = fileKinds[kind].types;
  const type = FileType.safeParse(sniffed?.mime);
  if (!type.success || !allowed.includes(type.data)) throw wrongType(kind);
  return type.data;
}

const expected: Record<FileKind, string> = {
  video: 'an MP4 or WebM video',
  image: 'a PNG, JPEG or WebP image',
  pdf: 'a PDF document',
  captions: 'WebVTT captions',
};

const wrongType = (kind: FileKind) =>
  new HttpError(415, 'wrong_type', `The file is not ${expected[kind]}.`, 'file');

/** Captions are UTF-8 by definition (WebVTT §4.1): another encoding would show garbage. */
function checkCaptions(bytes: Buffer): void {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'bad_captions', 'The captions are not UTF-8 text.', 'file');
  }
  const check = checkWebVtt(text);
  if (!check.ok) {
    const message = `The captions are not valid WebVTT: line ${check.line}, column ${check.column}: ${check.message}.`;
    throw new HttpError(400, 'bad_captions', message, 'file');
  }
}
