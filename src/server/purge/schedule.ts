/** A day, the purge's period: retention is counted in hours at the finest. */
export const DAY_MS = 24 * 3_600_000;

export interface PurgeSchedule {
  /** Stops the timer and waits for a run under way, so the database can close after it. */
  stop(): Promise<void>;
}

export interface ScheduleOptions {
  /** The first run, after the start has settled (a minute by default). */
  firstDelayMs?: number;
  everyMs?: number;
  onError: (error: unknown) => void;
}

/**
 * Runs `run` soon after the start, then every day, one run at a time, in the process that
 * serves (main.ts); buildApp() starts none, so tests drive purge() themselves. A failed run
 * is reported and the next one tries again. With several server processes each runs it:
 * the purge is idempotent and takes the writers' lock, so they only repeat each other.
 */
export function scheduleDaily(run: () => Promise<void>, options: ScheduleOptions): PurgeSchedule {
  const { firstDelayMs = 60_000, everyMs = DAY_MS, onError } = options;
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const plan = (delay: number) => {
    timer = setTimeout(tick, delay);
    // The server's socket keeps the process alive; this timer alone should not.
    timer.unref();
  };
  const tick = () => {
    running = run()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (!stopped) plan(everyMs);
      });
  };
  plan(firstDelayMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
