import type { Readable } from 'node:stream';

/**
 * Where the welcome content's files live (issue 18): outside the database, whose backups
 * and sync they would swell. The routes speak only this interface, small enough that a
 * store over S3 (@aws-sdk/client-s3: a multipart upload under a staging key, CopyObject to
 * the id on keep, GetObject with a Range to serve) could stand beside the disk one.
 */
export interface FileStore {
  /**
   * Reads the upload to its end into a staging place, hashing and counting as it goes.
   * Past `maxBytes` it stops reading and throws StageRefused('too_large'); a source that
   * fails (the client went away) throws StageRefused('aborted'). Either way nothing stays.
   */
  stage(source: Readable, maxBytes: number): Promise<Staged>;
  /** Deletes a stored file (one kept whose record could not be written). */
  remove(id: string): Promise<void>;
  /** The stored file as an HTTP answer to the request's Range (see Served). */
  serve(request: ServeRequest, id: string): Promise<Served>;
}

/** An upload read to its end, not yet kept: the caller checks it, then keeps or discards. */
export interface Staged {
  size: number;
  /** Hex, lower case: the file's strong ETag. */
  sha256: string;
  /** Its first bytes, enough to tell its type (file-type reads at most 4100). */
  head: Buffer;
  /** The whole file, for the small ones read as text (captions). */
  read(): Promise<Buffer>;
  /** Makes it the stored file `id`; only then can it be served. */
  keep(id: string): Promise<void>;
  /** Forgets it; safe to call after keep() failed or twice. */
  discard(): Promise<void>;
}

export const HEAD_BYTES = 4100;

export type StageRefusal = 'too_large' | 'aborted';

export class StageRefused extends Error {
  constructor(readonly reason: StageRefusal) {
    super(`upload refused: ${reason}`);
    this.name = 'StageRefused';
  }
}

/** What serve() reads of the request: conditions are the route's, only the range is the
 *  store's (the route drops Range when If-Range does not hold). */
export interface ServeRequest {
  method: string;
  range: string | undefined;
}

/** `status` 200 or 206 with the bytes; 416 with no stream when the range is past the end;
 *  404 when the id has no bytes. Header names lower case. */
export interface Served {
  status: number;
  headers: Record<string, string>;
  stream: Readable | null;
}
