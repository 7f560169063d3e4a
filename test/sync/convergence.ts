import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/organisation';
import { syncEntities } from '../../src/domain/protocol';
import { insertAgent } from '../../src/server/store/agents';
import { advanceVersions } from '../../src/server/store/timeline';
import { takeWriterLock } from '../../src/server/store/writers';
import { stores, useHarness, type StoreCase } from '../server/helpers';
import { Device, type Fault } from './device';
import { actionsFor, maxHires, type Action } from './model';
import { allRows } from '../../src/db/rows';

// Three people who share one path — the recruit, her mentor, her manager — act at random
// while the network drops requests, loses answers after the server committed, duplicates
// requests, and the server restarts. After a final sync, every device must hold exactly what
// the server holds for its person, and the server must have taken each mutation once.
const people = ['recrue', 'tuteur', 'responsable'] as const;
const total = Number(process.env.SYNC_PROPERTY_RUNS ?? 1000);

/**
 * One of `parts` test files that share the runs (each has a database of its own): CI's two
 * cores then run them side by side, 1,000 runs in all in half the time.
 */
export function convergenceSuite(part: number, parts: number): void {
  const runs = Math.ceil(total / parts);
  describe.each(stores())(`convergence and exactly-once on $name (${part}/${parts})`, (store) =>
    property(store, store.name === 'pglite' ? runs : Math.ceil(runs / 20), 1),
  );
}

/**
 * The same clients against `workers` processes of the server over one PostgreSQL
 * (WEB_CONCURRENCY, src/server/workers.ts), as apps of their own over the database: each
 * request goes to the next, as the cluster hands connections in turn, and a restart
 * restarts one of them. Whatever one process keeps (the pull's scope cache) must agree with
 * what another wrote.
 */
export function convergenceOnWorkers(workers: number, runs: number): void {
  const postgres = stores().filter((store) => store.name === 'postgresql');
  if (postgres.length === 0) it.skip('needs PostgreSQL (TEST_DATABASE_URL)', () => undefined);
  describe.each(postgres)(`convergence and exactly-once on ${workers} workers, $name`, (store) =>
    property(store, runs, workers),
  );
}

function property(store: StoreCase, numRuns: number, workers: number): void {
  {
    // Pages of 250 (the first of a catch-up 25, then growing), so that a pull's stream spans
    // several pages and a cut answer falls mid-way. Smaller pages make the runs too slow for
    // CI: every run pulls each person whole.
    const h = useHarness(store, { pullPageSize: 250 });
    /** The processes, and what the devices talk to: each request to the next process. */
    const apps: FastifyInstance[] = [];
    let turn = 0;
    let oracle: FastifyInstance;
    const server = { inject: (o: never) => apps[turn++ % apps.length]!.inject(o) };
    const network = server as unknown as FastifyInstance;

    it(`holds over ${numRuns} random histories (seeded; a failure prints its seed)`, async () => {
      // A second mentor in the manager's circonscription, for her to give the path to.
      const [home] = await h.db.query<{ id: string }>(
        "SELECT circonscription_id AS id FROM agents WHERE email = 'responsable@demo.parcours.fr'",
      );
      await hire(home!.id, 'mentor');
      apps.push(h.app);
      while (apps.length < workers) apps.push(await h.build());
      // The oracle reads in pages of the default size: the devices' small pages are what the
      // property tests, and the oracle's full pull each run in small pages cost a third of it.
      oracle = await h.build({ pullPageSize: 5000 });
      const devices = await Promise.all(people.map((local) => Device.signIn(network, local)));
      await Promise.all(devices.map((device) => device.sync()));
      const context = await actionsFor(devices);
      const perform = performer(devices, context.hired);

      await fc.assert(
        fc.asyncProperty(
          fc.array(context.action, { minLength: 1, maxLength: 20 }),
          async (actions) => {
            // Each history starts where the last one ended: the devices live through them all,
            // as a phone does through weeks of patchy network.
            for (const action of actions) await perform(action);
            for (const device of devices) {
              device.online = true;
              device.faults = [];
            }
            // Twice: the second round brings each device what the others pushed in the first.
            for (let round = 0; round < 2; round++)
              for (const device of devices) await device.sync();
            await expectConverged(devices);
          },
        ),
        {
          numRuns,
          seed: process.env.SYNC_PROPERTY_SEED ? Number(process.env.SYNC_PROPERTY_SEED) : undefined,
          verbose: 1,
        },
      );
    }, 900_000);

    let restarts = 0;
    function performer(devices: Device[], hired: string[]) {
      return async (action: Action): Promise<void> => {
        const device = devices[action.device]!;
        switch (action.kind) {
          case 'command':
            await device.run(action.name, action.args());
            return;
          case 'sync':
            await device.sync();
            return;
          case 'network':
            device.online = action.online;
            return;
          case 'fault':
            device.faults.push(action.fault as Fault);
            return;
          case 'restart': {
            // One process stops and starts again; with one, as every start does (main.ts),
            // the versions advance: with several, only the primary's start does that.
            const which = restarts++ % apps.length;
            await apps[which]!.close();
            if (apps.length === 1) await advanceVersions(h.db, new Date());
            apps[which] = await h.build();
            devices.forEach((d) => d.reconnect(network));
            return;
          }
          case 'hire':
            if (hired.length < maxHires) hired.push(await hire(device.agent.circonscriptionId!));
            return;
        }
      };
    }

    /** A new agent in a circonscription, written as HR's tools would: under the writers'
     *  lock, so that her version commits in order. */
    async function hire(circonscriptionId: string, role: Role = 'recruit'): Promise<string> {
      const agent = await h.db.transaction(
        async (tx) => {
          await takeWriterLock(tx);
          return insertAgent(tx, {
            email: `recrue.${crypto.randomUUID()}@demo.parcours.fr`,
            displayName: role === 'mentor' ? 'Tutrice' : 'Nouvelle recrue',
            roles: [role],
            job: 'Assistante de service social',
            status: 'contract',
            circonscriptionId,
            startDate: '2026-10-01',
            phone: null,
            passwordHash: null,
          });
        },
        { isolation: 'readCommitted' },
      );
      return agent.id;
    }

    async function expectConverged(devices: Device[]): Promise<void> {
      for (const device of devices) {
        expect(await device.outbox(), `${device.agent.email} outbox`).toEqual([]);
        const { nextMutationId } = await device.meta();
        expect(await serverLastMutationId(device), `${device.agent.email} mutations`).toBe(
          nextMutationId - 1,
        );
        // What a brand-new device of the same person would pull is the server's view.
        const server = await device.serverView(oracle);
        // Sync health is observation, not data: the oracle's own pull moves it.
        for (const entity of syncEntities.filter((e) => e !== 'syncHealth')) {
          const mine = await allRows(device.db, entity);
          expect(mine, `${device.agent.email} ${entity}`).toEqual(server.get(entity) ?? []);
        }
      }
    }

    async function serverLastMutationId(device: Device): Promise<number> {
      const { clientId } = await device.meta();
      const rows = await h.db.query<{ last_mutation_id: string | number }>(
        'SELECT last_mutation_id FROM clients WHERE client_id = $1',
        [clientId],
      );
      return Number(rows[0]?.last_mutation_id ?? 0);
    }
  }
}
