import { describe, expect, it, beforeAll } from 'vitest';
import type { FileRef } from '../../../src/domain/content/entity';
import { stores, useHarness } from '../helpers';
import {
  agentId,
  circonscriptionId,
  insertItem,
  samples,
  signIn,
  upload,
  useFilesDir,
} from './fixtures';

describe.each(stores())('GET /api/files/:id on $name', (store) => {
  const dir = useFilesDir();
  const h = useHarness(store, { filesDir: dir });
  const files = {} as Record<
    'film' | 'poster' | 'captions' | 'hidden' | 'sheet' | 'gone' | 'orphan' | 'own',
    FileRef
  >;
  const cookies = {} as Record<string, string>;
  const get = (
    local: string | null,
    ref: { id: string },
    headers: Record<string, string> = {},
    method: 'GET' | 'HEAD' = 'GET',
  ) =>
    h.app.inject({
      method,
      url: `/api/files/${ref.id}`,
      headers: { ...(local ? { cookie: cookies[local]! } : {}), ...headers },
    });

  beforeAll(async () => {
    for (const local of ['rh', 'recrue', 'amina.traore', 'tuteur', 'responsable']) {
      cookies[local] = await signIn(h.app, local);
    }
    const send = async (local: string, kind: string, name: string, bytes: Buffer) => {
      const answer = await upload(h.app, cookies[local], `kind=${kind}&name=${name}`, bytes);
      expect(answer.statusCode).toBe(201);
      return answer.json<FileRef>();
    };
    files.film = await send('rh', 'video', 'film.mp4', samples.mp4);
    files.poster = await send('rh', 'image', 'affiche.png', samples.png);
    files.captions = await send('rh', 'captions', 'film.vtt', samples.vtt);
    files.hidden = await send('rh', 'pdf', 'retire.pdf', samples.pdf);
    files.sheet = await send(
      'rh',
      'pdf',
      encodeURIComponent("Fiche d'accueil (RSA).pdf"),
      samples.pdf,
    );
    files.gone = await send('rh', 'pdf', 'efface.pdf', samples.pdf);
    files.orphan = await send('rh', 'pdf', 'seul.pdf', samples.pdf);
    files.own = await send('tuteur', 'image', 'equipe.png', samples.png);

    const [rh, tuteur] = [await agentId(h.db, 'rh'), await agentId(h.db, 'tuteur')];
    const saintDenis = await circonscriptionId(h.db, 'Saint-Denis');
    const media = { video: files.film, poster: files.poster, captions: files.captions };
    await insertItem(h.db, {
      status: 'published',
      target: { circonscriptionIds: [saintDenis] },
      media,
      updatedBy: rh,
    });
    await insertItem(h.db, { status: 'unpublished', attachments: [files.hidden], updatedBy: rh });
    await insertItem(h.db, {
      status: 'published',
      attachments: [files.gone],
      updatedBy: rh,
      deleted: true,
    });
    // A team's proposal naming a file the admin uploaded, and her own.
    await insertItem(h.db, {
      status: 'proposed',
      attachments: [files.sheet, files.own],
      proposedBy: tuteur,
      updatedBy: tuteur,
    });
  });

  it('serves a published film to a recruit it targets, with its type, ETag and caching', async () => {
    const answer = await get('recrue', files.film);
    expect(answer.statusCode).toBe(200);
    expect(answer.rawPayload.equals(samples.mp4)).toBe(true);
    const [row] = await h.db.query<{ sha256: string }>(
      'SELECT sha256 FROM content_files WHERE id = $1',
      [files.film.id],
    );
    expect(answer.headers).toMatchObject({
      'content-type': 'video/mp4',
      'content-length': String(samples.mp4.length),
      'accept-ranges': 'bytes',
      etag: `"${row!.sha256}"`,
      'cache-control': 'private, no-cache',
      'content-disposition': 'inline',
      'x-content-type-options': 'nosniff',
    });
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['last-modified']).toBeUndefined();
    for (const ref of [files.poster, files.captions]) {
      const other = await get('recrue', ref);
      expect([other.statusCode, other.headers['content-type']]).toEqual([200, ref.type]);
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await get('recrue', files.film, {}, 'HEAD');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-length']).toBe(String(samples.mp4.length));
    expect(answer.rawPayload.length).toBe(0);
  });

  it.each([
    ['bytes=0-9', 0, 9],
    ['bytes=5-', 5, samples.mp4.length - 1],
    ['bytes=-10', samples.mp4.length - 10, samples.mp4.length - 1],
    [`bytes=10-${samples.mp4.length + 50}`, 10, samples.mp4.length - 1],
  ])('serves the range %s (206)', async (range, start, end) => {
    const answer = await get('recrue', files.film, { range });
    expect(answer.statusCode).toBe(206);
    expect(answer.headers['content-range']).toBe(`bytes ${start}-${end}/${samples.mp4.length}`);
    expect(answer.headers['content-length']).toBe(String(end - start + 1));
    expect(answer.rawPayload.equals(samples.mp4.subarray(start, end + 1))).toBe(true);
  });

  it('answers 416 to a range past the end, in the API’s words', async () => {
    const answer = await get('recrue', files.film, { range: `bytes=${samples.mp4.length}-` });
    expect(answer.statusCode).toBe(416);
    expect(answer.headers['content-range']).toBe(`bytes */${samples.mp4.length}`);
    expect(answer.json()).toMatchObject({ error: { code: 'range_not_satisfiable' } });
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('answers 304 to its ETag, and honours a range only under the same ETag', async () => {
    const etag = (await get('recrue', files.film)).headers.etag as string;
    const again = await get('recrue', files.film, { 'if-none-match': etag });
    expect([again.statusCode, again.rawPayload.length]).toEqual([304, 0]);
    expect(again.headers).toMatchObject({ etag, 'cache-control': 'private, no-cache' });
    expect(
      (await get('recrue', files.film, { 'if-none-match': `"x", W/${etag}` })).statusCode,
    ).toBe(304);
    expect((await get('recrue', files.film, { 'if-none-match': '"other"' })).statusCode).toBe(200);

    const fresh = await get('recrue', files.film, { range: 'bytes=0-3', 'if-range': etag });
    expect(fresh.statusCode).toBe(206);
    const stale = await get('recrue', files.film, { range: 'bytes=0-3', 'if-range': '"old"' });
    expect([stale.statusCode, stale.rawPayload.length]).toEqual([200, samples.mp4.length]);
    expect((await get('recrue', files.film, { 'if-match': '"old"' })).statusCode).toBe(412);
    expect((await get('recrue', files.film, { 'if-match': etag })).statusCode).toBe(200);
  });

  it('hides a file from whoever may not read an item naming it (404)', async () => {
    const missing = async (local: string | null, ref: { id: string }) => {
      const answer = await get(local, ref);
      expect(answer.statusCode, `${local} reads ${ref.id}`).toBe(local ? 404 : 401);
      if (local) expect(answer.json()).toMatchObject({ error: { code: 'not_found' } });
    };
    await missing('amina.traore', files.film); // another circonscription
    await missing('recrue', files.hidden); // unpublished
    await missing('recrue', files.gone); // deleted
    await missing('recrue', files.orphan); // named by no item
    await missing('recrue', files.sheet); // someone else's proposal
    await missing('responsable', files.own);
    await missing(null, files.film);
    await missing('recrue', { id: '00000000-0000-4000-8000-000000000000' });
    await missing('recrue', { id: 'not-a-uuid' });
    await missing('recrue', { id: '..%2F..%2Fetc%2Fpasswd' });
  });

  it('serves the admin every item’s files, and a team its proposal’s and its own', async () => {
    for (const ref of [files.film, files.hidden, files.sheet, files.own]) {
      expect((await get('rh', ref)).statusCode).toBe(200);
    }
    expect((await get('rh', files.gone)).statusCode).toBe(200); // uploaded by her
    expect((await get('tuteur', files.own)).statusCode).toBe(200); // uploaded by her
  });

  it('lends a proposal waiting for review only its proposer’s own uploads', async () => {
    // She names the HR admin's PDF in her proposal (its id learnt somehow): not hers to read.
    expect((await get('tuteur', files.sheet)).statusCode).toBe(404);
    // Once the HR admin has published the proposal, she vouched for its files.
    await h.db.query("UPDATE content_items SET status = 'published' WHERE proposed_by IS NOT NULL");
    expect((await get('tuteur', files.sheet)).statusCode).toBe(200);
    expect((await get('recrue', files.sheet)).statusCode).toBe(200);
  });

  it('downloads a PDF under its name, encoded', async () => {
    const answer = await get('rh', files.sheet);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''Fiche%20d%27accueil%20%28RSA%29.pdf",
    );
    expect(answer.rawPayload.equals(samples.pdf)).toBe(true);
  });
});
