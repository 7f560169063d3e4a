import { FileRef, type FileKind } from '../../domain/content/entity';

export type UploadAnswer =
  | { ok: true; file: FileRef }
  /** Refused by the server (too large, wrong type, bad captions…): its message says why. */
  | { ok: false; code: string; message: string }
  | { ok: false; code: 'offline'; message: '' };

/**
 * `POST /api/files`: a file goes as its bytes; the server reads its type from its content
 * and refuses what its kind does not allow. An upload needs the network (DESIGN §7b: file
 * upload is a plain endpoint); the item that names the file is a command and works offline.
 */
export async function uploadFile(file: File, kind: FileKind): Promise<UploadAnswer> {
  const query = new URLSearchParams({ kind, name: file.name.slice(0, 200) || kind });
  let response: Response;
  try {
    response = await fetch(`/api/files?${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
      body: file,
    });
  } catch {
    return { ok: false, code: 'offline', message: '' };
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  if (response.status === 201) {
    const parsed = FileRef.safeParse(body);
    if (parsed.success) return { ok: true, file: parsed.data };
  }
  return {
    ok: false,
    code: body?.error?.code ?? 'failed',
    message: body?.error?.message ?? '',
  };
}
