import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Harness } from './helpers';
import { demo, login, sessionCookie } from './helpers';

/** A password no rule refuses. */
export const GOOD_PASSWORD = 'les mouettes de Saint-Denis';

/** What the activation tests send and read, over one harness. */
export function activationClient(h: Harness) {
  const idOf = async (local: string): Promise<string> => {
    const [row] = await h.db.query<{ id: string }>('SELECT id FROM agents WHERE email = $1', [
      demo(local),
    ]);
    if (!row) throw new Error(`No demo agent ${local}`);
    return row.id;
  };
  const cookieOf = async (local: string, app: FastifyInstance = h.app) =>
    sessionCookie(await login(app, demo(local)));

  return {
    idOf,
    cookieOf,
    /** POST /api/agents/{id}/activation as `cookie`. */
    ask: (
      cookie: string | undefined,
      agentId: string,
      more: { payload?: unknown; headers?: Record<string, string>; app?: FastifyInstance } = {},
    ): Promise<LightMyRequestResponse> =>
      (more.app ?? h.app).inject({
        method: 'POST',
        url: `/api/agents/${agentId}/activation`,
        headers: { ...(cookie ? { cookie } : {}), ...more.headers },
        ...(more.payload === undefined ? {} : { payload: more.payload as object }),
      }),
    /** POST /api/agents/activations as `cookie`. */
    askMany: (cookie: string | undefined, payload: unknown): Promise<LightMyRequestResponse> =>
      h.app.inject({
        method: 'POST',
        url: '/api/agents/activations',
        headers: cookie ? { cookie } : {},
        payload: payload as object,
      }),
    /** POST /api/auth/activate, from `ip`. */
    activate: (
      payload: unknown,
      ip = '203.0.113.7',
      headers: Record<string, string> = {},
    ): Promise<LightMyRequestResponse> =>
      h.app.inject({
        method: 'POST',
        url: '/api/auth/activate',
        payload: payload as object,
        remoteAddress: ip,
        headers,
      }),
    /** A fresh code for the demo agent `local`, asked by the HR admin. */
    async codeFor(local: string): Promise<string> {
      const answer = await h.app.inject({
        method: 'POST',
        url: `/api/agents/${await idOf(local)}/activation`,
        headers: { cookie: await cookieOf('rh') },
      });
      if (answer.statusCode !== 201) throw new Error(`code for ${local}: ${answer.body}`);
      return answer.json<{ code: string }>().code;
    },
    me: (cookie: string) => h.app.inject({ url: '/api/auth/me', headers: { cookie } }),
  };
}

/** The error body's code and field. */
export const refusal = (response: LightMyRequestResponse) => {
  const { error } = response.json<{ error: { code: string; field?: string } }>();
  return { status: response.statusCode, code: error.code, field: error.field };
};
