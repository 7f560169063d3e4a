import {
  ImportCreated,
  ImportPreview,
  ImportRefusal,
  MAX_IMPORT_BYTES,
  type ImportLine,
  type ImportProblem,
} from '../../domain/import/protocol';

export type CreatedAgent = ImportCreated['created'][number];

export type ImportAnswer =
  | { kind: 'preview'; lines: ImportLine[] }
  | { kind: 'created'; created: CreatedAgent[] }
  /** Refused: the file as a whole (`problems`: its header's), or line by line (`lines`). */
  | { kind: 'refused'; code: string; problems: ImportProblem[]; lines?: ImportLine[] }
  | { kind: 'unauthenticated' }
  /** No answer: the network is gone. Nothing was imported. */
  | { kind: 'offline' }
  /** An answer that makes no sense (a 5xx, a malformed body). */
  | { kind: 'failed' };

/** A BOM is three bytes the server does not count. */
const LARGEST_FILE = MAX_IMPORT_BYTES + 3;

/**
 * `POST /api/agents/import`: the file goes as its bytes, so that the server decodes what
 * the spreadsheet wrote (UTF-8, or a clear refusal), and checks exactly what it would
 * import. A dry run previews; otherwise all lines are created or none. Answers are validated
 * here, where they enter the client.
 */
export async function sendImport(file: Blob, dryRun: boolean): Promise<ImportAnswer> {
  // Known before a byte is sent, offline too.
  if (file.size > LARGEST_FILE) return { kind: 'refused', code: 'file_too_large', problems: [] };
  let response: Response;
  try {
    response = await fetch(`/api/agents/import${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'text/csv', Accept: 'application/json' },
      body: file,
    });
  } catch {
    return { kind: 'offline' };
  }
  try {
    if (response.status === 401) return { kind: 'unauthenticated' };
    const body: unknown = await response.json();
    if (response.status === 200 && dryRun) {
      return { kind: 'preview', lines: ImportPreview.parse(body).lines };
    }
    if (response.status === 201 && !dryRun) {
      return { kind: 'created', created: ImportCreated.parse(body).created };
    }
    if (response.status >= 400 && response.status < 500) {
      const { error, problems = [], lines } = ImportRefusal.parse(body);
      return { kind: 'refused', code: error.code, problems, ...(lines ? { lines } : {}) };
    }
  } catch (error) {
    console.error('Unexpected import answer', error);
  }
  return { kind: 'failed' };
}
