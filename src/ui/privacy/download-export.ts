/** Why an export did not download, in the words the button explains. */
export type ExportFailure = 'unauthenticated' | 'forbidden' | 'notFound' | 'failed';

export type ExportResult = { ok: true; fileName: string } | { ok: false; reason: ExportFailure };

const failures: Record<number, ExportFailure> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'notFound',
};

/** The file name the server gave (Content-Disposition), else one of the same form. */
function fileNameOf(response: Response, today: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? `parcours-mes-donnees-${today}.json`;
}

/**
 * `GET /api/agents/{id}/export` (GDPR art. 15), saved as a file: the answer is read whole
 * into a Blob and handed to a link with `download`, which the browser saves instead of
 * opening. The session cookie goes with it (same origin). Only the server holds all of
 * it, so this needs a connection; the caller says so when there is none.
 */
export async function downloadExport(agentId: string, now = new Date()): Promise<ExportResult> {
  let response: Response;
  try {
    response = await fetch(`/api/agents/${encodeURIComponent(agentId)}/export`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    return { ok: false, reason: 'failed' }; // no network, or the server out of reach
  }
  if (!response.ok) return { ok: false, reason: failures[response.status] ?? 'failed' };
  try {
    const blob = await response.blob();
    const fileName = fileNameOf(response, now.toISOString().slice(0, 10));
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // After the click has handed the file over: revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true, fileName };
  } catch (error) {
    console.error('Could not save the export', error);
    return { ok: false, reason: 'failed' };
  }
}
