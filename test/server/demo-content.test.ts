import { describe, expect, it } from 'vitest';
import type { ContentItem } from '../../src/domain/content/entity';
import { demoItems, demoVideo } from '../../src/server/demo/content/items';
import { Device } from '../sync/device';
import { stores, useHarness } from './helpers';

// Issue 18: a newcomer to the demo sees the welcome content at once — the booklet, the
// captioned video whose files play, the sheets — each to those it is meant for.
describe.each(stores())('the demo welcome content, on $name', (store) => {
  const h = useHarness(store);

  it('reaches the recruit, who plays the video and its captions from the server', async () => {
    const recruit = await Device.signIn(h.app, 'recrue');
    const items = ((await recruit.serverView()).get('contentItem') ?? []) as ContentItem[];
    const titles = items.map(({ title }) => title);
    // Not the civic-service page (she is contractuelle), nor, unless she works there, the
    // practical page of another circonscription.
    expect(titles).not.toContain('Et après le service civique ?');
    expect(items.length).toBeGreaterThanOrEqual(demoItems.length - 2);
    const video = items.find((item) => item.kind === 'video');
    expect(video?.media).toMatchObject({ durationSeconds: demoVideo.durationSeconds });
    const range = await h.app.inject({
      method: 'GET',
      url: `/api/files/${video!.media!.video.id}`,
      headers: { ...recruit.headers(), range: 'bytes=0-3' },
    });
    expect(range.statusCode).toBe(206);
    expect([...range.rawPayload]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    const captions = await h.app.inject({
      method: 'GET',
      url: `/api/files/${video!.media!.captions.id}`,
      headers: recruit.headers(),
    });
    expect(captions.payload.startsWith('WEBVTT')).toBe(true);
  });

  it('is written once: a restart over the same database adds nothing', async () => {
    await h.build();
    const [items] = await h.db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM content_items',
    );
    expect(items!.count).toBe(demoItems.length);
    const [files] = await h.db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM content_files',
    );
    expect(files!.count).toBe(3);
  });
});
