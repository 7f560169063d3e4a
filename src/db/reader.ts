import type { Entity, Reader, Rows } from '../domain/commands';
import type { Delegation } from '../domain/entities';
import type { Scope } from '../domain/permissions';
import { allRows, getRow } from './rows';
import type { UserDb } from './user-db';

/** The domain's Reader over this device's copy: commands read exactly what the server would,
 *  as far as this user may see it. */
export class DexieReader implements Reader {
  constructor(private readonly db: UserDb) {}

  get<E extends Entity>(entity: E, id: string): Promise<Rows[E] | undefined> {
    return getRow(this.db, entity, id) as Promise<Rows[E] | undefined>;
  }

  async scopeOfPath(pathId: string): Promise<Scope | undefined> {
    const path = await this.db.path.get(pathId);
    if (!path) return undefined;
    const territoryId = await this.territoryOf(path.circonscriptionId);
    if (territoryId === undefined) return undefined;
    return {
      recruitId: path.recruitId,
      mentorId: path.mentorId,
      circonscriptionId: path.circonscriptionId,
      territoryId,
    };
  }

  async pathIdOf(recruitId: string): Promise<string | undefined> {
    return (await this.db.path.where('recruitId').equals(recruitId).first())?.id;
  }

  async scopeOfAgent(agentId: string): Promise<Scope | undefined> {
    const pathId = await this.pathIdOf(agentId);
    if (pathId) return this.scopeOfPath(pathId);
    const agent = await this.db.agent.get(agentId);
    if (!agent?.circonscriptionId) return undefined;
    const territoryId = await this.territoryOf(agent.circonscriptionId);
    if (territoryId === undefined) return undefined;
    const circonscriptionId = agent.circonscriptionId;
    return { recruitId: agentId, mentorId: null, circonscriptionId, territoryId };
  }

  delegationsFrom(agentId: string): Promise<Delegation[]> {
    return this.db.delegation.where('fromAgentId').equals(agentId).sortBy('id');
  }

  async find<E extends Entity>(
    entity: E,
    field: keyof Rows[E] & string,
    value: string,
  ): Promise<Rows[E][]> {
    if (entity === 'step') {
      const rows = (await allRows(this.db, 'step')) as unknown as Rows[E][];
      return rows.filter((row) => row[field] === value);
    }
    const table = this.db.table<Rows[E], string>(entity);
    return (await table.filter((row) => row[field] === value).toArray()).sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  }

  async territoryOf(circonscriptionId: string): Promise<string | undefined> {
    return (await this.db.circonscription.get(circonscriptionId))?.territoryId;
  }
}
