import type { SyncEngine } from './engine';

export const writeDelayMs = 1000;
export const periodMs = 60_000;

/** When a sync runs (DESIGN §6): at start, on `online`, when the app becomes visible again,
 *  about a second after a local write, and every minute while visible. Returns the function
 *  that stops them all, and the one a write calls. */
export function startTriggers(engine: SyncEngine, target: Window = window) {
  // A browser that knows it has no network is not asked to fail a request: the `online`
  // event brings the cycle back, and a cheap phone's battery is spared meanwhile.
  const sync = () => {
    if (target.navigator.onLine !== false) void engine.sync();
  };
  const visible = () => target.document.visibilityState === 'visible';
  const onVisibility = () => {
    if (visible()) sync();
  };
  target.addEventListener('online', sync);
  target.document.addEventListener('visibilitychange', onVisibility);
  const tick = target.setInterval(() => {
    if (visible()) sync();
  }, periodMs);
  let writeTimer: number | undefined;
  sync();
  return {
    /** A local write: push it soon, coalescing a burst of taps into one request. */
    afterWrite: () => {
      target.clearTimeout(writeTimer);
      writeTimer = target.setTimeout(sync, writeDelayMs);
    },
    stop: () => {
      target.removeEventListener('online', sync);
      target.document.removeEventListener('visibilitychange', onVisibility);
      target.clearInterval(tick);
      target.clearTimeout(writeTimer);
    },
  };
}
