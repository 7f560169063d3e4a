import type { Agent } from '../../domain/organisation';

/** Why a login did not succeed, in terms the login screen can explain. */
export type LoginFailure =
  | { reason: 'invalidCredentials' }
  | { reason: 'tooManyAttempts'; retryAfterSeconds: number }
  | { reason: 'invalid'; field: 'email' | 'password' | undefined }
  | { reason: 'network' }
  | { reason: 'unexpected' };

export type LoginResult = { ok: true; agent: Agent } | ({ ok: false } & LoginFailure);

export type MeResult =
  { kind: 'signedIn'; agent: Agent } | { kind: 'unauthenticated' } | { kind: 'unreachable' };

const json = { 'Content-Type': 'application/json', Accept: 'application/json' };

/** Validates an agent coming from the network. The schema (and zod) load on demand, so the
 *  login screen's first load stays small. */
async function parseAgent(body: unknown): Promise<Agent> {
  const { Agent } = await import('../../domain/organisation');
  return Agent.parse(body);
}

async function errorCode(response: Response): Promise<{ code?: string; field?: string }> {
  try {
    const body = (await response.json()) as { error?: { code?: string; field?: string } };
    return body.error ?? {};
  } catch {
    return {};
  }
}

export async function logIn(email: string, password: string): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: json,
      credentials: 'same-origin',
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { ok: false, reason: 'network' };
  }
  try {
    if (response.ok) {
      const body = (await response.json()) as { agent?: unknown };
      return { ok: true, agent: await parseAgent(body.agent) };
    }
    const { code, field } = await errorCode(response);
    if (code === 'invalid_credentials') return { ok: false, reason: 'invalidCredentials' };
    if (code === 'too_many_attempts') {
      const seconds = Number(response.headers.get('Retry-After'));
      return {
        ok: false,
        reason: 'tooManyAttempts',
        retryAfterSeconds: seconds > 0 ? seconds : 60,
      };
    }
    if (code === 'invalid') {
      return {
        ok: false,
        reason: 'invalid',
        field: field === 'email' || field === 'password' ? field : undefined,
      };
    }
  } catch (error) {
    console.error('Unexpected login answer', error);
  }
  return { ok: false, reason: 'unexpected' };
}

/** Asks the server who the session cookie belongs to. Anything but a clear answer (no
 *  network, a 5xx, a malformed body) counts as unreachable: the app stays signed in. */
export async function fetchMe(): Promise<MeResult> {
  try {
    const response = await fetch('/api/auth/me', {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (response.status === 401) return { kind: 'unauthenticated' };
    if (!response.ok) return { kind: 'unreachable' };
    return { kind: 'signedIn', agent: await parseAgent(await response.json()) };
  } catch {
    return { kind: 'unreachable' };
  }
}

/** Best effort: the device forgets the session whether or not the server hears about it. */
export async function logOut(): Promise<void> {
  try {
    await fetch('/api/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      signal: AbortSignal.timeout(5_000),
    });
  } catch {
    // offline or slow: the server session expires on its own
  }
}
