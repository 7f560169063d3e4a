import { describe, expect, it } from 'vitest';
import { everyone, type ContentItem } from '../../src/domain/content/entity';
import { mayRead, type Recipient } from '../../src/domain/content/targeting';
import { stores, useHarness } from '../server/helpers';
import { Device } from './device';

// Issue 18: the welcome content's commands from devices, offline and through faults, and the
// pull's SQL scope held to the domain's mayRead.
const page = (id: string, target = everyone) => ({
  id,
  kind: 'page',
  title: 'Votre circonscription : informations pratiques',
  theme: 'Livret d’accueil',
  body: '## Horaires\n\n8 h 30 – 17 h',
  position: 3,
  target,
  step: null,
  media: null,
  attachments: [],
  authorTeam: '',
});
const pageId = '00000000-0000-4000-8000-00000000c0a1';
const sheetId = '00000000-0000-4000-8000-00000000c0a2';
describe.each(stores())('the welcome content from devices, on $name', (store) => {
  const h = useHarness(store);

  it('publishes a page written offline once, through a lost answer and a duplicate, to those it is for', async () => {
    const [hr, recruit, mentor] = await Promise.all([
      Device.signIn(h.app, 'rh'),
      Device.signIn(h.app, 'recrue'),
      Device.signIn(h.app, 'tuteur'),
    ]);
    const circonscriptionId = recruit.agent.circonscriptionId!;
    await Promise.all([hr.sync(), recruit.sync(), mentor.sync()]);
    hr.online = false;
    const target = {
      ...everyone,
      circonscriptionIds: [circonscriptionId],
      statuses: [recruit.agent.status],
    };
    expect((await hr.run('content.save', page(pageId, target))).ok).toBe(true);
    expect((await hr.run('content.publish', { id: pageId })).ok).toBe(true);
    hr.online = true;
    hr.faults = ['dropResponse'];
    await hr.sync();
    hr.faults = ['duplicate'];
    await hr.sync();
    expect(await hr.outbox()).toEqual([]);
    const rows = await h.db.query<{ status: string; revision: number }>(
      'SELECT status, revision FROM content_items WHERE id = $1',
      [pageId],
    );
    expect(rows).toEqual([{ status: 'published', revision: 1 }]);

    await Promise.all([recruit.sync(), mentor.sync()]);
    expect(await recruit.db.contentItem.get(pageId)).toMatchObject({ status: 'published', target });
    // Her mentor is another status (or elsewhere): the page is not for her.
    const mentorHas = (await mentor.db.contentItem.get(pageId)) !== undefined;
    expect(mentorHas).toBe(
      mentor.agent.status === recruit.agent.status &&
        mentor.agent.circonscriptionId === circonscriptionId,
    );

    // Unpublished, it leaves the recruit's device at her next pull.
    expect((await hr.run('content.unpublish', { id: pageId })).ok).toBe(true);
    await hr.sync();
    await recruit.sync();
    expect(await recruit.db.contentItem.get(pageId)).toBeUndefined();
  });

  it('carries a team’s proposal to the HR admin only, and once published to everyone, credited', async () => {
    const [hr, recruit, mentor] = await Promise.all([
      Device.signIn(h.app, 'rh'),
      Device.signIn(h.app, 'recrue'),
      Device.signIn(h.app, 'tuteur'),
    ]);
    const sheet = {
      ...page(sheetId),
      kind: 'sheet',
      theme: 'RSA',
      authorTeam: 'Équipe SSD de Bondy',
    };
    expect((await mentor.run('content.save', sheet)).ok).toBe(true);
    await mentor.sync();
    await Promise.all([hr.sync(), recruit.sync()]);
    expect(await hr.db.contentItem.get(sheetId)).toMatchObject({
      status: 'proposed',
      proposedBy: mentor.agent.id,
    });
    expect(await recruit.db.contentItem.get(sheetId)).toBeUndefined();
    expect((await recruit.run('content.save', sheet)).ok).toBe(false);

    expect((await hr.run('content.publish', { id: sheetId })).ok).toBe(true);
    await hr.sync();
    await recruit.sync();
    expect(await recruit.db.contentItem.get(sheetId)).toMatchObject({
      status: 'published',
      authorTeam: 'Équipe SSD de Bondy',
    });
  });

  it('pulls exactly the items mayRead gives each demo account', async () => {
    const accounts = ['recrue', 'tuteur', 'responsable', 'territoire', 'rh'];
    const devices = await Promise.all(accounts.map((name) => Device.signIn(h.app, name)));
    const hr = devices.at(-1)!;
    await hr.sync();
    const circs = await h.db.query<{ id: string; service: string }>(
      'SELECT id, service FROM circonscriptions ORDER BY id',
    );
    const targets = [
      everyone,
      { ...everyone, services: ['ASE' as const] },
      { ...everyone, services: ['SSD' as const] },
      { ...everyone, statuses: ['civicService' as const] },
      { ...everyone, circonscriptionIds: [circs[0]!.id] },
      { ...everyone, jobs: [devices[0]!.agent.job] },
    ];
    const ids = targets.map(
      (_, n) => `00000000-0000-4000-8000-0000000cc0${String(n).padStart(2, '0')}`,
    );
    for (const [n, target] of targets.entries()) {
      expect((await hr.run('content.save', page(ids[n]!, target))).ok).toBe(true);
      if (n % 2 === 0) expect((await hr.run('content.publish', { id: ids[n]! })).ok).toBe(true);
    }
    await hr.sync();
    const service = new Map(circs.map(({ id, service }) => [id, service]));
    for (const device of devices) {
      const { agent } = device;
      const who: Recipient = {
        ...agent,
        service: (agent.circonscriptionId &&
          service.get(agent.circonscriptionId)) as Recipient['service'],
      };
      const pulled = ((await device.serverView()).get('contentItem') ?? []) as ContentItem[];
      const got = pulled.filter(({ id }) => ids.includes(id)).map(({ id }) => id);
      const items = (await hr.db.contentItem.bulkGet(ids)) as ContentItem[];
      const expected = items.filter((item) => mayRead(item, who)).map(({ id }) => id);
      expect(got, agent.email).toEqual(expected);
    }
  });
});
