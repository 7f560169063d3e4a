import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertAgent } from '../../src/server/store/agents';
import { DEMO_PASSWORD, fastHasher, stores, useHarness } from './helpers';
import { mutations, post, signIn } from './sync-helpers';

describe.each(stores())('concurrent pushes on $name', (store) => {
  const h = useHarness(store);

  it('lets exactly one of 20 managers decide a submitted milestone', async () => {
    const [step] = await h.db.query<{ id: string; circonscription_id: string }>(
      `SELECT s.id, p.circonscription_id FROM steps s JOIN paths p ON p.id = s.path_id
        WHERE s.status = 'submitted'`,
    );
    expect(step).toBeDefined();
    const passwordHash = await fastHasher.hash(DEMO_PASSWORD);
    const managers = [];
    for (let i = 0; i < 20; i++) {
      const agent = await insertAgent(h.db, {
        email: `manager${i}@demo.parcours.fr`,
        displayName: `Responsable ${i}`,
        roles: ['manager'],
        job: 'Responsable de circonscription',
        status: 'civilServant',
        circonscriptionId: step!.circonscription_id,
        startDate: '2020-01-01',
        phone: null,
        passwordHash,
      });
      await h.db.query(
        'INSERT INTO manager_circonscriptions (agent_id, circonscription_id) VALUES ($1, $2)',
        [agent.id, step!.circonscription_id],
      );
      managers.push(await signIn(h.app, agent.email));
    }
    const answers = await Promise.all(
      managers.map((manager, i) =>
        post(
          h.app,
          '/api/sync/push',
          {
            protocol: 1,
            clientId: randomUUID(),
            mutations: mutations(1, [
              {
                name: 'milestone.decide',
                args:
                  i % 2
                    ? { stepId: step!.id, decision: 'approved' }
                    : { stepId: step!.id, decision: 'rejected', comment: 'À reprendre' },
              },
            ]),
          },
          manager.cookie,
        ),
      ),
    );
    const outcomes = answers.map((answer) => {
      expect(answer.statusCode, answer.body).toBe(200);
      const result = answer.json<{ results: { status: string; error?: { code: string } }[] }>()
        .results[0]!;
      return result.error?.code ?? result.status;
    });
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'already_decided')).toHaveLength(19);
    const winner = managers[outcomes.indexOf('applied')]!;
    const [decided] = await h.db.query<{ status: string; by: string }>(
      "SELECT status, decision->>'by' AS by FROM steps WHERE id = $1",
      [step!.id],
    );
    expect(decided?.by).toBe(winner.agent.id);
  });
});
