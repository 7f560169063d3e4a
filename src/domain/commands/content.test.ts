import { describe, expect, it } from 'vitest';
import type { ContentItem } from '../content/entity';
import { everyone } from '../content/entity';
import { actors, contextFor, ids, MemoryReader } from './fixture';
import { commands, runCommand } from './index';

const itemId = '00000000-0000-4000-8000-0000000000c1';
const file = (n: number, type = 'video/webm') => ({
  id: `00000000-0000-4000-8000-0000000000f${n}`,
  name: `f${n}`,
  type,
  size: 10,
});
const sheet = {
  id: itemId,
  kind: 'sheet',
  title: 'Préparer un premier rendez-vous RSA',
  theme: 'RSA',
  body: '# Avant\n\n- relire le dossier',
  position: 0,
  target: everyone,
  step: null,
  media: null,
  attachments: [],
  authorTeam: 'Équipe SSD de Bondy',
};
const run = (name: string, args: unknown, actor = actors.admin, read = new MemoryReader()) =>
  runCommand(commands.get(name)!, args, contextFor(actor, read));
const saved = async (args: unknown, actor = actors.admin, read = new MemoryReader()) => {
  const outcome = await run('content.save', args, actor, read);
  if (!outcome.ok) throw new Error(`${outcome.error.code} ${outcome.error.field}`);
  const change = outcome.changes[0]!;
  return (change.op === 'put' ? change.row : null) as ContentItem;
};
const refusal = async (name: string, args: unknown, actor = actors.admin, read?: MemoryReader) => {
  const outcome = await run(name, args, actor, read);
  return outcome.ok ? 'applied' : [outcome.error.code, outcome.error.field];
};
/** A reader that already holds the item, as the device or the server would. */
const holding = (row: ContentItem) => {
  const read = new MemoryReader();
  read.put({ entity: 'contentItem', op: 'put', row });
  return read;
};

describe('content.save', () => {
  it('makes the HR admin’s new item a draft, revision 1, and each save one more', async () => {
    const first = await saved(sheet);
    expect(first).toMatchObject({ status: 'draft', revision: 1, proposedBy: null });
    const second = await saved(
      { ...sheet, title: 'Premier RDV RSA' },
      actors.admin,
      holding(first),
    );
    expect(second).toMatchObject({ status: 'draft', revision: 2, title: 'Premier RDV RSA' });
  });

  it('keeps a published item published when the HR admin corrects it', async () => {
    const published = { ...(await saved(sheet)), status: 'published' as const };
    expect(await saved(sheet, actors.admin, holding(published))).toMatchObject({
      status: 'published',
      revision: 2,
    });
  });

  it.each(['mentor', 'manager', 'territoryManager'] as const)(
    'lets a %s propose a sheet, credited, waiting for review',
    async (name) => {
      expect(await saved(sheet, actors[name])).toMatchObject({
        status: 'proposed',
        proposedBy: actors[name].agentId,
        authorTeam: 'Équipe SSD de Bondy',
      });
    },
  );

  it('lets a team edit its proposal while it waits, and not after', async () => {
    const proposal = await saved(sheet, actors.mentor);
    expect(await refusal('content.save', sheet, actors.mentor, holding(proposal))).toBe('applied');
    const published = { ...proposal, status: 'published' as const };
    expect(await refusal('content.save', sheet, actors.mentor, holding(published))).toEqual([
      'forbidden',
      'id',
    ]);
    expect(await refusal('content.save', sheet, actors.manager, holding(proposal))).toEqual([
      'forbidden',
      'id',
    ]);
  });

  it.each([
    ['a recruit, even a sheet', sheet, actors.recruit],
    ['a mentor, a page', { ...sheet, kind: 'page' }, actors.mentor],
  ])('refuses %s', async (_, args, actor) => {
    expect(await refusal('content.save', args, actor)).toEqual(['forbidden', 'id']);
  });

  it.each([
    ['an empty title', { ...sheet, title: ' ' }, ['invalid', 'title']],
    [
      'an unknown circonscription',
      { ...sheet, target: { ...everyone, circonscriptionIds: [ids.c1, ids.t1] } },
      ['not_found', 'target.circonscriptionIds.1'],
    ],
    [
      'a status it does not know',
      { ...sheet, target: { ...everyone, statuses: ['boss'] } },
      ['invalid', 'target.statuses.0'],
    ],
    [
      'a step of no template',
      { ...sheet, step: { family: ids.t1, title: 'Accueil' } },
      ['not_found', 'step'],
    ],
    [
      'a step its template lacks',
      { ...sheet, step: { family: ids.template, title: 'Ailleurs' } },
      ['not_found', 'step'],
    ],
    ['a video without its film', { ...sheet, kind: 'video' }, ['invalid', 'media']],
    [
      'a sheet with media',
      {
        ...sheet,
        media: { video: file(1), poster: null, captions: file(2, 'text/vtt'), durationSeconds: 40 },
      },
      ['invalid', 'media'],
    ],
    [
      'a file of a type not served',
      { ...sheet, attachments: [file(3, 'application/x-msdownload')] },
      ['invalid', 'attachments.0.type'],
    ],
    ['the status in the arguments', { ...sheet, status: 'published' }, ['invalid', undefined]],
  ])('refuses %s, naming the field', async (_, args, expected) => {
    expect(await refusal('content.save', args)).toEqual(expected);
  });

  it('links an item to a step of a template family', async () => {
    const step = { family: ids.template, title: 'Accueil' };
    expect(await saved({ ...sheet, step })).toMatchObject({ step });
  });
});

describe('content.publish and content.unpublish', () => {
  it('publishes a proposal and takes it down, the HR admin only', async () => {
    const proposal = await saved(sheet, actors.mentor);
    const read = holding(proposal);
    expect(await refusal('content.publish', { id: itemId }, actors.manager, read)).toEqual([
      'forbidden',
      'id',
    ]);
    const outcome = await run('content.publish', { id: itemId }, actors.admin, read);
    expect(outcome.ok && outcome.changes[0]).toMatchObject({
      row: { status: 'published', proposedBy: actors.mentor.agentId, revision: 1 },
    });
    const down = await run('content.unpublish', { id: itemId }, actors.admin, read);
    expect(down.ok && down.changes[0]).toMatchObject({ row: { status: 'unpublished' } });
  });

  it('refuses an unknown item, naming it', async () => {
    expect(await refusal('content.publish', { id: itemId })).toEqual(['not_found', 'id']);
  });
});
