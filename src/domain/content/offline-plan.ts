import type { FileRef } from './entity';

/** What keeping an item's files on the device amounts to, given the files already kept. */
export interface OfflinePlan {
  /** Each file once, in the order the item names them (a poster may be named twice). */
  files: FileRef[];
  /** Those still to download, in the same order. */
  missing: FileRef[];
  /** The bytes of all the files: a progress bar's whole. */
  totalBytes: number;
  /** The bytes already kept: where a resumed download's progress starts. */
  storedBytes: number;
}

export function offlinePlan(refs: readonly FileRef[], storedIds: ReadonlySet<string>): OfflinePlan {
  const byId = new Map<string, FileRef>();
  for (const ref of refs) if (!byId.has(ref.id)) byId.set(ref.id, ref);
  const files = [...byId.values()];
  const missing = files.filter((ref) => !storedIds.has(ref.id));
  const sum = (list: FileRef[]) => list.reduce((bytes, ref) => bytes + ref.size, 0);
  const totalBytes = sum(files);
  return { files, missing, totalBytes, storedBytes: totalBytes - sum(missing) };
}
