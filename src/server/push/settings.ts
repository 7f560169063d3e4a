import type { EndpointPolicy } from './endpoint';
import type { VapidKeys } from './keys';

/** How this deployment pushes (AppOptions.push, from PUSH_SERVICE_HOSTS and
 *  PARCOURS_VAPID_SUBJECT): which services a subscription may name, and who signs. */
export interface PushSettings {
  policy: EndpointPolicy;
  /** The VAPID subject: a mailto: or https: address (Apple refuses others); null turns
   *  sending off (subscriptions are still kept, for when it is set). */
  subject: string | null;
  /** How long one push service may take to answer before the pass moves on. */
  timeoutMs: number;
}

export interface PushRuntime extends PushSettings {
  keys: VapidKeys;
}
