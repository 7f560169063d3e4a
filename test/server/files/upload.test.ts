import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FileRef, fileKinds } from '../../../src/domain/content/entity';
import { stores, useHarness } from '../helpers';
import { filesIn, samples, signIn, upload, useFilesDir } from './fixtures';

interface Refusal {
  error: { code: string; message: string; field?: string };
}

describe.each(stores())('POST /api/files on $name', (store) => {
  const dir = useFilesDir();
  const h = useHarness(store, { filesDir: dir });
  const rows = () =>
    h.db.query<{ id: string; kind: string; type: string; size: string; sha256: string }>(
      'SELECT id, kind, type, size::text AS size, sha256 FROM content_files ORDER BY uploaded_at',
    );
  /** Asserts a refusal left nothing: no record, no new file, no upload in progress. The
   *  request is sent only once the directory is listed: listed after, its own staging file
   *  could be in the list (and then gone), or not, by timing. */
  const refusedCleanly = async (
    send: () => PromiseLike<{ statusCode: number; json: <T>() => T }>,
    status: number,
    code: string,
    field?: string,
  ) => {
    const [before, files] = [(await rows()).length, filesIn(dir)];
    const response = await send();
    const { error } = response.json<Refusal>();
    expect([response.statusCode, error.code]).toEqual([status, code]);
    if (field !== undefined) expect(error.field).toBe(field);
    expect((await rows()).length).toBe(before);
    expect(filesIn(dir)).toEqual(files);
    return error;
  };

  it.each([
    ['video', 'film.mp4', 'video/mp4', samples.mp4],
    ['video', 'film.webm', 'video/webm', samples.webm],
    ['image', 'affiche.png', 'image/png', samples.png],
    ['image', 'photo.jpg', 'image/jpeg', samples.jpeg],
    ['pdf', 'Fiche RSA.pdf', 'application/pdf', samples.pdf],
    ['captions', 'sous-titres.vtt', 'text/vtt', samples.vtt],
  ] as const)('keeps a %s (%s) as %s', async (kind, name, type, bytes) => {
    const cookie = await signIn(h.app, 'rh');
    const query = `kind=${kind}&name=${encodeURIComponent(name)}`;
    const answer = await upload(h.app, cookie, query, bytes);
    expect(answer.statusCode).toBe(201);
    const ref = FileRef.parse(answer.json());
    expect(ref).toMatchObject({ name, type, size: bytes.length });
    const [row] = (await rows()).filter((r) => r.id === ref.id);
    expect(row).toMatchObject({ kind, type, size: String(bytes.length) });
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(filesIn(dir)).toContain(ref.id);
    expect(filesIn(dir).some((file) => file.startsWith('.'))).toBe(false);
  });

  it('takes a file sent in chunks, without a Content-Length', async () => {
    const cookie = await signIn(h.app, 'rh');
    const chunks = [samples.pdf.subarray(0, 5), samples.pdf.subarray(5)];
    const answer = await upload(h.app, cookie, 'kind=pdf&name=a.pdf', Readable.from(chunks));
    expect([answer.statusCode, answer.json<FileRef>().size]).toEqual([201, samples.pdf.length]);
  });

  it('lets a team upload a sheet’s PDF and image, and nothing else; a recruit nothing', async () => {
    const mentor = await signIn(h.app, 'tuteur');
    expect((await upload(h.app, mentor, 'kind=pdf&name=f.pdf', samples.pdf)).statusCode).toBe(201);
    expect((await upload(h.app, mentor, 'kind=image&name=i.png', samples.png)).statusCode).toBe(
      201,
    );
    await refusedCleanly(
      () => upload(h.app, mentor, 'kind=video&name=f.mp4', samples.mp4),
      403,
      'forbidden',
    );
    await refusedCleanly(
      () => upload(h.app, mentor, 'kind=captions&name=c.vtt', samples.vtt),
      403,
      'forbidden',
    );
    const recruit = await signIn(h.app, 'recrue');
    await refusedCleanly(
      () => upload(h.app, recruit, 'kind=pdf&name=f.pdf', samples.pdf),
      403,
      'forbidden',
    );
    await refusedCleanly(
      () => upload(h.app, undefined, 'kind=pdf&name=f.pdf', samples.pdf),
      401,
      'unauthenticated',
    );
  });

  it('refuses a cross-site upload', async () => {
    const cookie = await signIn(h.app, 'rh');
    const answer = () =>
      upload(h.app, cookie, 'kind=pdf&name=f.pdf', samples.pdf, {
        origin: 'https://evil.example',
      });
    await refusedCleanly(answer, 403, 'cross_site');
  });

  it.each([
    ['an unknown kind', 'kind=exe&name=a.exe', 'kind'],
    ['no kind', 'name=a.pdf', 'kind'],
    ['no name', 'kind=pdf', 'name'],
    ['a blank name', 'kind=pdf&name=%20%20', 'name'],
    ['a name too long', `kind=pdf&name=${'a'.repeat(201)}`, 'name'],
    ['an unknown parameter', 'kind=pdf&name=a.pdf&public=1', 'public'],
  ])('refuses %s (400, the field named)', async (_name, query, field) => {
    const cookie = await signIn(h.app, 'rh');
    await refusedCleanly(() => upload(h.app, cookie, query, samples.pdf), 400, 'invalid', field);
  });

  it('refuses an empty body, typed or not', async () => {
    const cookie = await signIn(h.app, 'rh');
    await refusedCleanly(
      () => upload(h.app, cookie, 'kind=pdf&name=a.pdf', ''),
      400,
      'empty',
      'file',
    );
    const untyped = () =>
      h.app.inject({
        method: 'POST',
        url: '/api/files?kind=pdf&name=a.pdf',
        headers: { cookie },
      });
    await refusedCleanly(untyped, 400, 'empty', 'file');
  });

  it('refuses a body that is not raw bytes (415)', async () => {
    const cookie = await signIn(h.app, 'rh');
    const headers = { 'content-type': 'text/plain' };
    await refusedCleanly(
      () => upload(h.app, cookie, 'kind=pdf&name=a.pdf', samples.pdf, headers),
      415,
      'unsupported_media_type',
    );
    const json = { 'content-type': 'application/json' };
    await refusedCleanly(
      () => upload(h.app, cookie, 'kind=pdf&name=a.pdf', '{"a":1}', json),
      415,
      'unsupported_media_type',
    );
  });

  it('refuses a file over its kind’s limit while reading it, and stops reading', async () => {
    const cookie = await signIn(h.app, 'rh');
    const limit = fileKinds.image.maxBytes;
    const chunk = 64 * 1024;
    let pulled = 0;
    const total = limit * 2;
    const body = new Readable({
      read() {
        if (pulled >= total) return void this.push(null);
        const bytes =
          pulled === 0 ? Buffer.concat([samples.png, Buffer.alloc(chunk)]) : Buffer.alloc(chunk);
        pulled += bytes.length;
        this.push(bytes);
      },
    });
    const error = await refusedCleanly(
      () => upload(h.app, cookie, 'kind=image&name=big.png', body),
      413,
      'too_large',
      'file',
    );
    expect(error.message).toContain('2 MiB');
    expect(pulled).toBeLessThan(total);
  });

  it('refuses a file one byte over the limit, and one announced over it unread', async () => {
    const cookie = await signIn(h.app, 'rh');
    const limit = fileKinds.image.maxBytes;
    const over = Buffer.concat([samples.png, Buffer.alloc(limit + 1 - samples.png.length)]);
    await refusedCleanly(
      () => upload(h.app, cookie, 'kind=image&name=a.png', over),
      413,
      'too_large',
    );
    const at = over.subarray(0, limit);
    expect((await upload(h.app, cookie, 'kind=image&name=a.png', at)).statusCode).toBe(201);
    const announced = upload(h.app, cookie, 'kind=image&name=a.png', samples.png, {
      'content-length': String(limit + 1),
    });
    const refused = await announced;
    expect([refused.statusCode, refused.headers.connection]).toEqual([413, 'close']);
  });

  it('refuses a body shorter than its Content-Length (truncated)', async () => {
    const cookie = await signIn(h.app, 'rh');
    const answer = () =>
      upload(h.app, cookie, 'kind=pdf&name=a.pdf', samples.pdf, {
        'content-length': String(samples.pdf.length + 100),
      });
    await refusedCleanly(answer, 400, 'truncated', 'file');
  });

  it.each([
    ['an executable named film.mp4', 'video', 'film.mp4', samples.exe],
    ['a PNG sent as a video', 'video', 'film.mp4', samples.png],
    ['a PDF sent as an image', 'image', 'a.png', samples.pdf],
    ['text sent as a PDF', 'pdf', 'a.pdf', Buffer.from('bonjour')],
    ['a PNG sent as captions', 'captions', 'c.vtt', samples.png],
    ['an executable named fiche.pdf', 'pdf', 'fiche.pdf', samples.exe],
  ])('refuses %s (415 wrong_type)', async (_name, kind, name, bytes) => {
    const cookie = await signIn(h.app, 'rh');
    const answer = () => upload(h.app, cookie, `kind=${kind}&name=${name}`, bytes);
    await refusedCleanly(answer, 415, 'wrong_type', 'file');
  });

  it.each([
    ['bad WebVTT', 'WEBVTT\n\n00:00.000 --> 00:00:01,000\nx', 'line 3, column 15: bad cue timing'],
    ['SRT', '1\n00:00:00,000 --> 00:00:01,000\nx', 'line 1, column 1: missing WEBVTT header'],
    ['no cue', 'WEBVTT\n', 'line 1, column 1: no cues'],
  ])('refuses %s as captions (400 bad_captions, where)', async (_name, text, where) => {
    const cookie = await signIn(h.app, 'rh');
    const answer = () => upload(h.app, cookie, 'kind=captions&name=c.vtt', text);
    const error = await refusedCleanly(answer, 400, 'bad_captions', 'file');
    expect(error.message).toContain(where);
  });

  it('refuses captions that are not UTF-8', async () => {
    const cookie = await signIn(h.app, 'rh');
    const latin1 = Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nInès\n', 'latin1');
    const answer = () => upload(h.app, cookie, 'kind=captions&name=c.vtt', latin1);
    await refusedCleanly(answer, 400, 'bad_captions', 'file');
  });

  it('keeps nothing of an upload its client abandons mid-body', async () => {
    const app = await h.build();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const cookie = await signIn(h.app, 'rh');
    const before = (await rows()).length;
    const staging = () => filesIn(dir).filter((file) => file.startsWith('.upload-'));
    const socket = net.connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      [
        'POST /api/files?kind=pdf&name=a.pdf HTTP/1.1',
        'Host: 127.0.0.1',
        `Cookie: ${cookie}`,
        'Content-Type: application/octet-stream',
        'Content-Length: 100000',
        '',
        '',
      ].join('\r\n'),
    );
    socket.write(samples.pdf);
    await until(() => staging().length === 1); // the upload is under way
    socket.destroy();
    await until(() => staging().length === 0);
    expect((await rows()).length).toBe(before);
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 100) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
