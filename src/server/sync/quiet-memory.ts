import { quietMinutes } from './clients';
import type { PulledPage } from './pull';
import type { PullScope } from './scope';
import type { WriteFeed } from './write-feed';

/** A quiet pull as the database answered it, and what it held under. */
interface Entry {
  agentId: string;
  cursor: string;
  pending: number | undefined;
  day: string;
  scope: PullScope;
  mark: number;
  /** When the client's "last seen" is due a refresh (a write): ms since the epoch. */
  refreshAt: number;
  page: PulledPage;
}

export interface QuietRequest {
  agentId: string;
  clientId: string;
  cursor: string | null;
  pending?: number;
}

/** The agents whose sync health a scope pulls, as a set, once per scope built. */
const agentSets = new WeakMap<PullScope, ReadonlySet<string>>();
const agentsOf = (scope: PullScope) => {
  let agents = agentSets.get(scope);
  if (!agents) agentSets.set(scope, (agents = new Set(scope.agentIds)));
  return agents;
};

/**
 * The last quiet answer for each client, per process (issue 16): the same device asking
 * again from the same cursor, with the same pending count, the same day, under the same
 * scope, while no write was heard since that touched its scope and before its "last seen" is
 * due, gets that answer again without asking the database. Its session was checked as for
 * any request. Any doubt (writes unheard, a scope rebuilt) sends it to the database.
 */
export class QuietMemory {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly feed: WriteFeed,
    private readonly capacity = 20_000,
  ) {}

  /** The remembered answer, if it still holds once every write committed before the call
   *  has been heard. */
  async recall(
    request: QuietRequest,
    scope: PullScope,
    day: string,
    now: Date,
  ): Promise<PulledPage | undefined> {
    const entry = this.entries.get(request.clientId);
    const holds = () =>
      entry !== undefined &&
      entry.agentId === request.agentId &&
      entry.cursor === request.cursor &&
      entry.pending === request.pending &&
      entry.day === day &&
      entry.scope === scope &&
      now.getTime() < entry.refreshAt &&
      this.feed.untouchedSince(entry.mark, agentsOf(scope));
    if (!holds()) return undefined;
    const heard = await this.feed.caughtUp().then(
      () => true,
      () => false,
    );
    return heard && holds() ? entry!.page : undefined;
  }

  /** Now, to be given to `remember` with the answer of a question asked after it. */
  mark(): number | undefined {
    return this.feed.mark();
  }

  remember(
    request: QuietRequest,
    held: { scope: PullScope; day: string; mark: number | undefined; lastSeen: Date },
    page: PulledPage,
  ): void {
    const { clientId } = request;
    this.entries.delete(clientId);
    if (held.mark === undefined || request.cursor === null) return;
    this.entries.set(clientId, {
      agentId: request.agentId,
      cursor: request.cursor,
      pending: request.pending,
      day: held.day,
      scope: held.scope,
      mark: held.mark,
      refreshAt: held.lastSeen.getTime() + quietMinutes * 60_000,
      page,
    });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
