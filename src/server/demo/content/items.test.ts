import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentFields, Media, type FileRef } from '../../../domain/content/entity';
import { EmploymentStatus } from '../../../domain/organisation';
import { demoTemplates } from '../../../domain/templates';
import { circonscriptions } from '../organisation';
import { demoContentFields, demoItems, demoVideo, videoCards } from './items';

const mediaFile = (name: string) => join(demoVideo.dir, name);
const fileRef = (name: string, type: FileRef['type']): FileRef => ({
  id: randomUUID(),
  name,
  type,
  size: statSync(mediaFile(name)).size,
});
const media: Media = Media.parse({
  video: fileRef(demoVideo.file, demoVideo.type),
  poster: fileRef(demoVideo.poster, demoVideo.posterType),
  captions: fileRef(demoVideo.captions, demoVideo.captionsType),
  durationSeconds: demoVideo.durationSeconds,
});
const circonscriptionIds = new Map(circonscriptions.map((c) => [c.key, randomUUID()]));

const words = (markdown: string) => markdown.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));

/** Seconds of a WebVTT timestamp, hh:mm:ss.ttt. */
const seconds = (stamp: string) => {
  const [h, m, s] = stamp.split(':').map(Number);
  return h! * 3600 + m! * 60 + s!;
};

interface Cue {
  start: number;
  end: number;
  text: string;
}

function cues(vtt: string): Cue[] {
  const timing = /^(\d{2}:\d{2}:\d{2}\.\d{3}) --> (\d{2}:\d{2}:\d{2}\.\d{3})$/;
  return vtt
    .split(/\n{2,}/)
    .map((block) => block.split('\n'))
    .flatMap((lines) => {
      const at = lines.findIndex((line) => timing.test(line));
      if (at < 0) return [];
      const [, start, end] = timing.exec(lines[at]!)!;
      return [
        {
          start: seconds(start!),
          end: seconds(end!),
          text: lines
            .slice(at + 1)
            .join(' ')
            .trim(),
        },
      ];
    });
}

describe('demo welcome content', () => {
  it('gives every item fields the content schema accepts', () => {
    for (const item of demoItems) {
      const fields = demoContentFields(item, circonscriptionIds, item.video ? media : null);
      expect(() => ContentFields.parse(fields), item.key).not.toThrow();
      const { title, theme, body, authorTeam } = ContentFields.shape;
      expect(title.safeParse(item.title).success, item.key).toBe(true);
      expect(theme.safeParse(item.theme).success, item.key).toBe(true);
      expect(body.safeParse(item.body).success, item.key).toBe(true);
      expect(authorTeam.safeParse(item.authorTeam).success, item.key).toBe(true);
      expect(item.body.trim().length, item.key).toBeGreaterThan(500);
    }
    expect(new Set(demoItems.map((item) => item.key)).size).toBe(demoItems.length);
  });

  it('has a four-chapter booklet, a video, three sheets and the civic-service page', () => {
    const booklet = demoItems.filter((item) => item.theme === 'Livret d’accueil');
    expect(booklet.map((item) => [item.kind, item.position])).toEqual([
      ['page', 1],
      ['page', 2],
      ['page', 3],
      ['page', 4],
    ]);
    expect(demoItems.filter((item) => item.kind === 'video')).toHaveLength(1);

    const sheets = demoItems.filter((item) => item.kind === 'sheet');
    expect(sheets).toHaveLength(3);
    expect(new Set(sheets.map((sheet) => sheet.theme)).size).toBe(3);
    for (const sheet of sheets) {
      expect(sheet.authorTeam, sheet.key).toMatch(/^Équipe /);
      expect(words(sheet.body).length, sheet.key).toBeGreaterThanOrEqual(300);
      expect(words(sheet.body).length, sheet.key).toBeLessThanOrEqual(600);
    }

    const civic = demoItems.filter((item) => item.statuses !== undefined);
    expect(civic.map((item) => [item.key, item.theme, item.statuses])).toEqual([
      ['apres-service-civique', 'Et après ?', ['civicService']],
    ]);
    expect(EmploymentStatus.options).toContain('civicService');
  });

  it('links only to official https sites and names circonscriptions the demo has', () => {
    for (const item of demoItems) {
      for (const [, url] of item.body.matchAll(/\]\(([^)]+)\)/g)) {
        expect(url, item.key).toMatch(
          /^https:\/\/(www\.)?[a-z0-9.-]+\.gouv\.fr(\/|$)|^https:\/\/www\.service-public\.fr\//,
        );
      }
      for (const key of item.circonscriptions ?? []) {
        expect(circonscriptionIds.has(key), item.key).toBe(true);
      }
    }
  });

  it('links items to a step that exists in the base template it names', () => {
    const linked = demoItems.filter((item) => item.step);
    expect(linked.map((item) => item.key)).toContain('video-premiere-visite');
    for (const { key, step } of linked) {
      const template = demoTemplates.find((t) => t.id === step!.templateId);
      expect(template?.name, key).toBe(step!.templateName);
      expect(
        template?.steps.map((s) => s.title),
        key,
      ).toContain(step!.title);
    }
  });

  it('names the templates that exist', () => {
    const page = demoItems.find((item) => item.key === 'apres-service-civique')!;
    const named = [...page.body.matchAll(/modèle « ([^»]+) »/g)].map(([, name]) => name);
    expect(named).toHaveLength(2);
    for (const name of named) expect(demoTemplates.map((t) => t.name)).toContain(name);
  });
});

describe('demo testimony video', () => {
  const vtt = readFileSync(mediaFile(demoVideo.captions), 'utf8');

  it('is a small WebM with a small JPEG poster', () => {
    const video = readFileSync(mediaFile(demoVideo.file));
    expect(video.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
    expect(statSync(mediaFile(demoVideo.file)).size).toBeLessThan(1024 * 1024);
    const poster = readFileSync(mediaFile(demoVideo.poster));
    expect(poster.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    expect(poster.length).toBeLessThan(100 * 1024);
  });

  it('has WebVTT captions whose cues are the cards, within the video', () => {
    expect(vtt.startsWith('WEBVTT\n')).toBe(true);
    const found = cues(vtt);
    expect(found.map((cue) => [cue.start, cue.end])).toEqual(demoVideo.cards);
    for (const cue of found) {
      expect(cue.end).toBeGreaterThan(cue.start);
      expect(cue.end).toBeLessThanOrEqual(demoVideo.durationSeconds);
    }
    expect(found.map((cue) => cue.text)).toEqual(videoCards);
  });

  it('was made with the timings the captions follow', () => {
    const script = readFileSync(mediaFile('make-video.sh'), 'utf8');
    const made = [...script.matchAll(/^card (\d+) (\d+)$/gm)].map(([, a, b]) => [+a!, +b!]);
    expect(made).toEqual(demoVideo.cards);
    expect(script).toContain(`DURATION=${demoVideo.durationSeconds}\n`);
  });

  it('has a transcript that says every card', () => {
    const item = demoItems.find((i) => i.video)!;
    for (const card of videoCards) expect(item.body).toContain(card);
  });
});
