import { gzipSync } from 'node:zlib';

export const kib = (bytes: number): number => bytes / 1024;

/** Gzip size at level 9, what a static server with precompression would send. */
export const gzipSize = (content: Uint8Array | string): number =>
  gzipSync(content, { level: 9 }).byteLength;
