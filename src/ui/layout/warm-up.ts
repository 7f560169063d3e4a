/**
 * Loads screens' code once the page is idle. A person who signs in for the first time and
 * goes offline at once (the service worker may not have stored the app yet) can still open
 * them: a module loaded once stays loaded for the life of the page. A failure only means the
 * screen loads when opened. Returns the cancel, for an effect's cleanup.
 */
export function warmWhenIdle(loaders: readonly (() => Promise<unknown>)[]): () => void {
  const warm = () => {
    for (const load of loaders) load().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(warm, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(warm, 500);
  return () => clearTimeout(handle);
}
