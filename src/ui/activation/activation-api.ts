import {
  Activation,
  BulkActivationResponse,
  type AgentActivation,
} from '../../domain/activation-api';
import { Agent } from '../../domain/organisation';

/** Why an activation did not go through, in terms the activation screen explains. */
/** The refusals that point at a field: the code, or the password she chose. */
type FieldReason =
  'activationInvalid' | 'passwordTooShort' | 'passwordTooLong' | 'passwordTooCommon';

export type ActivateFailure =
  | { reason: FieldReason }
  | { reason: 'tooManyAttempts'; retryAfterSeconds: number }
  | { reason: 'network' | 'unexpected' };

export type ActivateResult = { ok: true; agent: Agent } | ({ ok: false } & ActivateFailure);

/** Why a code could not be had; `unauthenticated` means the session has lapsed. */
export type AskFailure =
  | 'notFound'
  | 'rolesBeyondRecruit'
  | 'disabled'
  | 'forbidden'
  | 'unauthenticated'
  | 'network'
  | 'unexpected';

export type AskResult<T> = { ok: true; value: T } | { ok: false; reason: AskFailure };

const json = { 'Content-Type': 'application/json', Accept: 'application/json' };

/** The server's error codes, as the screens name them. */
const activateFailures: Record<string, FieldReason> = {
  activation_invalid: 'activationInvalid',
  password_too_short: 'passwordTooShort',
  password_too_long: 'passwordTooLong',
  password_too_common: 'passwordTooCommon',
};
const askFailures: Record<string, AskFailure> = {
  not_found: 'notFound',
  roles_beyond_recruit: 'rolesBeyondRecruit',
  agent_disabled: 'disabled',
  forbidden: 'forbidden',
  unauthenticated: 'unauthenticated',
};

async function post(url: string, body?: unknown): Promise<Response | null> {
  try {
    return await fetch(url, {
      method: 'POST',
      headers: json,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return null; // no network, or the server is out of reach
  }
}

async function errorOf(response: Response): Promise<{ code?: string; field?: string }> {
  try {
    const body = (await response.json()) as { error?: { code?: string; field?: string } };
    return body.error ?? {};
  } catch {
    return {};
  }
}

/** `POST /api/auth/activate`: on success the server has set the session cookie, as a login. */
export async function activate(code: string, password: string): Promise<ActivateResult> {
  const response = await post('/api/auth/activate', { code, password });
  if (!response) return { ok: false, reason: 'network' };
  try {
    if (response.ok) {
      const body = (await response.json()) as { agent?: unknown };
      return { ok: true, agent: Agent.parse(body.agent) };
    }
    const { code: error, field } = await errorOf(response);
    if (error === 'too_many_attempts') {
      const seconds = Number(response.headers.get('Retry-After'));
      return {
        ok: false,
        reason: 'tooManyAttempts',
        retryAfterSeconds: seconds > 0 ? seconds : 60,
      };
    }
    const reason = error === undefined ? undefined : activateFailures[error];
    if (reason) return { ok: false, reason };
    // Past the bounds the request schema puts on either field.
    if (error === 'invalid' && field === 'code') return { ok: false, reason: 'activationInvalid' };
    if (error === 'invalid' && field === 'password')
      return { ok: false, reason: 'passwordTooLong' };
  } catch (error) {
    console.error('Unexpected activation answer', error);
  }
  return { ok: false, reason: 'unexpected' };
}

async function ask<T>(
  url: string,
  body: unknown,
  read: (value: unknown) => T,
): Promise<AskResult<T>> {
  const response = await post(url, body);
  if (!response) return { ok: false, reason: 'network' };
  try {
    if (response.status === 201) return { ok: true, value: read(await response.json()) };
    const { code } = await errorOf(response);
    return { ok: false, reason: (code && askFailures[code]) || 'unexpected' };
  } catch (error) {
    console.error('Unexpected activation code answer', error);
    return { ok: false, reason: 'unexpected' };
  }
}

/** `POST /api/agents/{id}/activation`: a new code for one agent, replacing her previous one. */
export const askForCode = (agentId: string): Promise<AskResult<Activation>> =>
  ask(`/api/agents/${encodeURIComponent(agentId)}/activation`, undefined, (value) =>
    Activation.parse(value),
  );

/** `POST /api/agents/activations`: codes for all these agents, or none. */
export const askForCodes = (agentIds: readonly string[]): Promise<AskResult<AgentActivation[]>> =>
  ask(
    '/api/agents/activations',
    { agentIds },
    (value) => BulkActivationResponse.parse(value).activations,
  );
