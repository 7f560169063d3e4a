import { vi } from 'vitest';

type Handler = (init: RequestInit | undefined) => Response | Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function apiError(status: number, code: string, headers: Record<string, string> = {}) {
  return json(status, { error: { code, message: code } }, headers);
}

/** Replaces the network: "METHOD /path" → answer. Anything else fails like a lost
 *  connection does (fetch rejects with a TypeError). Returns the list of requests made. */
export function stubNetwork(routes: Record<string, Handler> = {}): string[] {
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const request = `${init?.method ?? 'GET'} ${url}`;
      requests.push(request);
      const handler = routes[request];
      return handler
        ? Promise.resolve(handler(init))
        : Promise.reject(new TypeError('Failed to fetch'));
    }),
  );
  return requests;
}

/** Makes the browser report no network, and tells the page so. */
export function goOffline(): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  window.dispatchEvent(new Event('offline'));
}
