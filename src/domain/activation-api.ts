import { z } from 'zod';
import { Id } from './organisation';

/**
 * The activation endpoints' bodies (DESIGN §7b), shared by the server, which validates what
 * comes in, and the client, which validates what comes back.
 */

/** `POST /api/auth/activate`. Lengths are checked after parsing (password-rules.ts), so a
 *  short password is named as such; the bounds here only cap what a request may carry. */
export const ActivateRequest = z.strictObject({
  code: z.string().max(64),
  password: z.string().max(1024),
});
export type ActivateRequest = z.infer<typeof ActivateRequest>;

/** `POST /api/agents/{id}/activation` → 201. `code` is grouped (`7KQM-X3PD-RW`); `url` is
 *  absolute when the server knows its public address, else a path from the app's origin. */
export const Activation = z.strictObject({
  code: z.string(),
  expiresAt: z.iso.datetime(),
  url: z.string(),
});
export type Activation = z.infer<typeof Activation>;

/** The most codes one request asks for: a CSV import's arrivals, with room to spare. */
// As many as one import may bring (MAX_IMPORT_LINES): its sheets print in one go.
export const MAX_BULK_ACTIVATIONS = 1000;

/** `POST /api/agents/activations`: all the codes or none. */
export const BulkActivationRequest = z.strictObject({
  agentIds: z.array(Id).min(1).max(MAX_BULK_ACTIVATIONS),
});
export type BulkActivationRequest = z.infer<typeof BulkActivationRequest>;

/** One sheet's data; the name comes along, as freshly imported agents may not be synced yet. */
export const AgentActivation = Activation.extend({
  agentId: Id,
  displayName: z.string(),
});
export type AgentActivation = z.infer<typeof AgentActivation>;

export const BulkActivationResponse = z.strictObject({
  activations: z.array(AgentActivation),
});
export type BulkActivationResponse = z.infer<typeof BulkActivationResponse>;

/** The codes of the refusals these endpoints add to the API's (`invalid`, `unauthenticated`,
 *  `forbidden`, `not_found`, `too_many_attempts`); each is translated on the client. */
export type ActivationErrorCode =
  | 'activation_invalid'
  | 'password_too_short'
  | 'password_too_long'
  | 'password_too_common'
  | 'agent_disabled'
  | 'roles_beyond_recruit'
  | 'duplicate';
