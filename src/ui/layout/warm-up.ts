type Loader = () => Promise<unknown>;

/** Screens waiting to be loaded, in the order they were asked for. */
const queue: Loader[] = [];
let pumping = false;

function whenIdle(run: () => void): void {
  // A load may settle after its page is gone (a test's environment torn down): stop there.
  if (typeof window === 'undefined') return;
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 500);
}

// One screen at a time, each in an idle moment after the last one has loaded: a browser
// evaluates a dynamic import's modules in one task, so all at once made one long task that
// froze a phone while the screen it was showing still loaded (Lighthouse counts each).
function pump(): void {
  const load = queue.shift();
  if (!load) {
    pumping = false;
    return;
  }
  load()
    .catch(() => undefined)
    .finally(() => whenIdle(pump));
}

/**
 * Loads screens' code once the page is idle. A person who signs in for the first time and
 * goes offline at once (the service worker may not have stored the app yet) can still open
 * them: a module loaded once stays loaded for the life of the page. A failure only means the
 * screen loads when opened. Returns the cancel, for an effect's cleanup: it drops those of
 * `loaders` not started yet.
 */
export function warmWhenIdle(loaders: readonly Loader[]): () => void {
  queue.push(...loaders);
  if (!pumping) {
    pumping = true;
    whenIdle(pump);
  }
  return () => {
    for (const load of loaders) {
      const at = queue.indexOf(load);
      if (at >= 0) queue.splice(at, 1);
    }
  };
}
