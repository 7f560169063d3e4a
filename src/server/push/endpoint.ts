import { isIP } from 'node:net';

/** The major browsers' push services (host suffixes): Chrome and Edge's FCM, Firefox's
 *  autopush, Windows' WNS, Safari's. A deployment may list others (PUSH_SERVICE_HOSTS). */
export const defaultPushHosts = [
  'fcm.googleapis.com',
  'push.services.mozilla.com',
  'notify.windows.com',
  'push.apple.com',
] as const;

/** A host suffix as PUSH_SERVICE_HOSTS lists it: a DNS name of two labels or more, never an
 *  address (an allow-list of addresses would let a subscription aim at a server inside). */
export const isHostSuffix = (value: string): boolean =>
  /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(value) &&
  isIP(value) === 0;

export interface EndpointPolicy {
  hosts: readonly string[];
  /** Tests only (AppOptions, never the environment): also accept http://127.0.0.1:<port>,
   *  where a test push service listens. */
  loopbackForTests?: boolean;
}

/**
 * Why the server must not send to this subscription endpoint, or null when it may. The
 * server sends a request to whatever address a subscription names, so only https addresses
 * of a known push service pass: not plain http, an IP address, loopback, link-local or a
 * private range (all are addresses, refused as such), credentials, another port, or a host
 * outside the list (SSRF).
 */
export function endpointProblem(endpoint: string, policy: EndpointPolicy): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'must be an https address';
  }
  if (policy.loopbackForTests && url.protocol === 'http:' && url.hostname === '127.0.0.1')
    return null;
  if (url.protocol !== 'https:') return 'must be an https address';
  if (url.username || url.password) return 'must carry no credentials';
  if (url.port !== '') return 'must use the https port';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (isIP(host.replace(/^\[|\]$/g, '')) !== 0) return 'must name a push service, not an address';
  const known = policy.hosts.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  return known ? null : 'must be a known browser push service';
}
