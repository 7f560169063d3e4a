import type { Database, Listener } from '../store/database';
import { touchedOf, WRITES_CHANNEL } from '../store/writers';

/** What one committed write touched: anything ('*'), or one agent's sync-health rows alone
 *  (her id). */
type Touch = string;

/** How many writes are remembered: a mark older than that is answered "maybe changed". */
const REMEMBERED = 4096;

/**
 * The writes this process has heard of, in order, from every process on the database
 * (takeWriterLock NOTIFYs each one on commit). A quiet pull answered from memory
 * (quiet-memory.ts) keeps the mark of when it asked the database; it still holds while no
 * write since touched its scope. A notification travels after its commit: `caughtUp` waits
 * until every write committed before the call has been heard, whichever process made it.
 */
export class WriteFeed {
  private count = 0;
  /** The last REMEMBERED writes: the n-th heard is at n % REMEMBERED. */
  private readonly touches: Touch[] = [];
  /** False until listening, and from a lost connection until listening again: every
   *  mark is then refused, since writes may go unheard. */
  private live = false;
  private listener: Listener | undefined;
  /** The round trip under way (caughtUp), and the one every later caller waits for. */
  private inFlight: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  /** Listens on `db` for this schema's writes. */
  async start(db: Database): Promise<void> {
    const [row] = await db.query<{ schema: string }>('SELECT current_schema() AS schema');
    const prefix = `${row!.schema} `;
    this.listener = await db.listen(WRITES_CHANNEL, (event) => {
      if (event === 'lost' || event === 'listening') {
        this.live = event === 'listening';
        this.heard('*');
      } else if (event.payload.startsWith(prefix)) {
        const touched = touchedOf(event.payload.slice(prefix.length));
        this.heard(touched === '*' ? '*' : touched.syncHealthOf);
      }
    });
    this.live = true;
  }

  async close(): Promise<void> {
    this.live = false;
    await this.listener?.stop();
  }

  /**
   * Resolves once every write committed before the call has been heard, whichever process
   * made it: a device told "saved" by one process, then asking another, must not be told
   * "nothing new". One round trip on the listening connection serves every caller that came
   * before it was sent; those that came while it was under way share the next one.
   */
  caughtUp(): Promise<void> {
    if (!this.inFlight) {
      const trip = this.listener ? this.listener.caughtUp() : Promise.reject(new Error('idle'));
      this.inFlight = trip.finally(() => (this.inFlight = undefined));
      return this.inFlight;
    }
    this.queued ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.caughtUp();
      });
    return this.queued;
  }

  private heard(touch: Touch): void {
    this.touches[this.count % REMEMBERED] = touch;
    this.count += 1;
  }

  /** Now, as a mark for `untouchedSince`; undefined when writes may go unheard. */
  mark(): number | undefined {
    return this.live ? this.count : undefined;
  }

  /** Whether no write heard since `mark` touched anything but the sync health of agents
   *  outside `agents`. */
  untouchedSince(mark: number, agents: ReadonlySet<string>): boolean {
    if (!this.live || this.count - mark > REMEMBERED) return false;
    for (let n = mark; n < this.count; n++) {
      const touch = this.touches[n % REMEMBERED]!;
      if (touch === '*' || agents.has(touch)) return false;
    }
    return true;
  }
}
