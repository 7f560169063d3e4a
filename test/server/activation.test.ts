import { createHash } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  Activation,
  BulkActivationResponse,
  MAX_BULK_ACTIVATIONS,
} from '../../src/domain/activation-api';
import { loadEnv } from '../../src/server/env';
import { activationClient, refusal } from './activation-helpers';
import { stores, useHarness } from './helpers';

const DAY = 86_400_000;
const GROUPED =
  /^[2-9ACDEFHJKMNPQRTVWXY]{4}-[2-9ACDEFHJKMNPQRTVWXY]{4}-[2-9ACDEFHJKMNPQRTVWXY]{2}$/;
const UNKNOWN = '3f1d6a2e-9c4b-4e8a-b7d1-5a6c7e8f9a0b';

describe.each(stores())('asking for activation codes on $name', (store) => {
  const h = useHarness(store);
  const api = activationClient(h);
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const local of ['rh', 'responsable', 'thomas.girard', 'territoire', 'tuteur', 'recrue']) {
      cookies[local] = await api.cookieOf(local);
    }
  });
  beforeEach(() => {
    h.clock.now = new Date();
  });

  it('answers 201 with a grouped code, valid 7 days, and the page carrying it', async () => {
    const answer = await api.ask(cookies.rh, await api.idOf('nora.belkacem'));
    expect(answer.statusCode).toBe(201);
    const { code, expiresAt, url } = Activation.parse(answer.json());
    expect(code).toMatch(GROUPED);
    expect(new Date(expiresAt).getTime()).toBe(h.clock.now.getTime() + 7 * DAY);
    // A path: the browser completes it with its own origin; the code stays in the fragment.
    expect(url).toBe(`/activer#code=${code}`);
  });

  it('builds absolute links from PARCOURS_PUBLIC_URL, never from the Host header', async () => {
    const env = loadEnv({ PARCOURS_PUBLIC_URL: 'https://parcours.example.fr/' });
    const app = await h.build({ publicUrl: env.PARCOURS_PUBLIC_URL });
    const answer = await api.ask(cookies.rh, await api.idOf('nora.belkacem'), {
      app,
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    });
    const { code, url } = Activation.parse(answer.json());
    expect(url).toBe(`https://parcours.example.fr/activer#code=${code}`);
  });

  it.each(['ftp://parcours.example.fr', 'https://parcours.example.fr/#x', 'parcours.fr'])(
    'refuses PARCOURS_PUBLIC_URL=%s at start',
    (value) => {
      expect(() => loadEnv({ PARCOURS_PUBLIC_URL: value })).toThrow(/PARCOURS_PUBLIC_URL/);
    },
  );

  it('keeps only a keyed hash of the code, and one unused code per agent', async () => {
    const id = await api.idOf('lucas.martin');
    const first = Activation.parse((await api.ask(cookies.rh, id)).json()).code;
    const second = Activation.parse((await api.ask(cookies.rh, id)).json()).code;
    expect(second).not.toBe(first);
    const rows = await h.db.query<Record<string, unknown>>(
      'SELECT * FROM activation_codes WHERE agent_id = $1',
      [id],
    );
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    for (const code of [first, second]) {
      const bare = code.replaceAll('-', '');
      expect(stored).not.toContain(bare);
      expect(stored).not.toContain(code);
      // Keyed: not the plain digest either, which anyone could compute from a guess.
      expect(stored).not.toContain(createHash('sha256').update(bare).digest('hex'));
    }
    expect(rows[0]).toMatchObject({ used_at: null, created_by: await api.idOf('rh') });
    expect(rows[0]!.code_hash).toMatch(/^[0-9a-f]{64}$/);
    const [secret] = await h.db.query<{ n: number }>(
      'SELECT length(secret)::integer AS n FROM activation_secret',
    );
    expect(secret!.n).toBe(32);
  });

  describe('who may ask (DESIGN §7)', () => {
    it.each([
      ['rh', 'nora.belkacem', 201],
      ['rh', 'territoire', 201], // above circonscriptions: HR only
      ['rh', 'tuteur', 201],
      ['responsable', 'nora.belkacem', 201], // her circonscription
      ['responsable', 'recrue', 201],
      ['responsable', 'amina.traore', 404], // another circonscription
      ['responsable', 'territoire', 404],
      ['responsable', 'tuteur', 403], // hers, but a mentor: HR only
      ['thomas.girard', 'mehdi.kaci', 201], // the second circonscription she manages
      ['territoire', 'amina.traore', 201], // her territory
      ['territoire', 'sarah.cohen', 404], // another territory
      ['tuteur', 'recrue', 403], // her mentee: mentors ask for no code
      ['recrue', 'recrue', 403], // nor do recruits, even their own
    ])('%s for %s → %i', async (asker, target, status) => {
      const answer = await api.ask(cookies[asker], await api.idOf(target));
      expect(answer.statusCode).toBe(status);
    });

    it('answers an agent out of scope exactly as an unknown one', async () => {
      const outOfScope = await api.ask(cookies.responsable, await api.idOf('amina.traore'));
      const unknown = await api.ask(cookies.responsable, UNKNOWN);
      expect(refusal(outOfScope)).toEqual({ status: 404, code: 'not_found', field: 'id' });
      expect(outOfScope.body).toBe(unknown.body);
    });

    it('names why a mentor of her circonscription is refused', async () => {
      const answer = await api.ask(cookies.responsable, await api.idOf('tuteur'));
      expect(refusal(answer)).toMatchObject({ code: 'roles_beyond_recruit', field: 'id' });
    });

    it('is 401 without a session and 403 from another site', async () => {
      const id = await api.idOf('nora.belkacem');
      expect(refusal(await api.ask(undefined, id)).code).toBe('unauthenticated');
      const crossSite = await api.ask(cookies.rh, id, {
        headers: { origin: 'https://evil.example' },
      });
      expect(refusal(crossSite)).toMatchObject({ status: 403, code: 'cross_site' });
    });

    it('is 409 for a disabled account', async () => {
      const id = await api.idOf('julie.rousseau');
      await h.db.query('UPDATE agents SET disabled = true WHERE id = $1', [id]);
      expect(refusal(await api.ask(cookies.rh, id))).toMatchObject({
        status: 409,
        code: 'agent_disabled',
      });
      await h.db.query('UPDATE agents SET disabled = false WHERE id = $1', [id]);
    });
  });

  describe('for many agents at once', () => {
    it('answers one code per agent, in order, with their names', async () => {
      const ids = await Promise.all(['nora.belkacem', 'amina.traore', 'sarah.cohen'].map(api.idOf));
      const answer = await api.askMany(cookies.rh, { agentIds: ids });
      expect(answer.statusCode).toBe(201);
      const { activations } = BulkActivationResponse.parse(answer.json());
      expect(activations.map((a) => a.agentId)).toEqual(ids);
      expect(activations.map((a) => a.displayName)).toEqual([
        'Nora Belkacem',
        'Amina Traoré',
        'Sarah Cohen',
      ]);
      expect(new Set(activations.map((a) => a.code)).size).toBe(3);
      for (const a of activations) expect(a.url).toBe(`/activer#code=${a.code}`);
    });

    it('gives none when one is out of scope, naming it', async () => {
      const nora = await api.idOf('nora.belkacem');
      const before = await h.db.query(
        'SELECT code_hash FROM activation_codes WHERE agent_id = $1',
        [nora],
      );
      const ids = [nora, await api.idOf('amina.traore')];
      const answer = await api.askMany(cookies.responsable, { agentIds: ids });
      expect(refusal(answer)).toEqual({ status: 404, code: 'not_found', field: 'agentIds.1' });
      const after = await h.db.query('SELECT code_hash FROM activation_codes WHERE agent_id = $1', [
        nora,
      ]);
      expect(after).toEqual(before);
    });
  });

  describe('bad input, each refused with the field named', () => {
    it.each([
      ['a malformed id', 'not-a-uuid', undefined, 'id'],
      ['an argument', null, { validDays: 30 }, 'validDays'],
      ['an array body', null, [], undefined],
    ])('asking one: %s', async (_name, id, payload, field) => {
      const target = id ?? (await api.idOf('nora.belkacem'));
      const answer = await api.ask(cookies.rh, target, { payload });
      expect(refusal(answer)).toMatchObject({ status: 400, code: 'invalid', field });
    });

    const many = Array.from({ length: MAX_BULK_ACTIVATIONS + 1 }, () => UNKNOWN);
    it.each([
      ['no body', undefined, 'invalid', undefined],
      ['no agentIds', {}, 'invalid', 'agentIds'],
      ['a string', { agentIds: 'all' }, 'invalid', 'agentIds'],
      ['none', { agentIds: [] }, 'invalid', 'agentIds'],
      ['a number', { agentIds: [42] }, 'invalid', 'agentIds.0'],
      ['more than the most', { agentIds: many }, 'invalid', 'agentIds'],
      ['an unknown key', { agentIds: [UNKNOWN], print: true }, 'invalid', 'print'],
      ['one twice', { agentIds: [UNKNOWN, UNKNOWN.toUpperCase()] }, 'duplicate', 'agentIds.1'],
    ])('asking many: %s', async (_name, payload, code, field) => {
      const answer = await api.askMany(cookies.rh, payload);
      expect(refusal(answer)).toMatchObject({ status: 400, code, field });
    });
  });
});
