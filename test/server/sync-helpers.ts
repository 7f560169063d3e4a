import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { PullResponse, PushResponse, type RowChange } from '../../src/domain/protocol';
import type { Agent } from '../../src/domain/organisation';
import { demo, login, sessionCookie } from './helpers';

export interface ErrorBody {
  error: { code: string; message: string; field?: string };
  expectedMutationId?: number;
}

export interface Session {
  agent: Agent;
  cookie: string;
}

const sessions = new WeakMap<FastifyInstance, Map<string, Promise<Session>>>();

/** Signs a demo account in once per app (argon2 and the throttle make logins costly). */
export function signIn(app: FastifyInstance, local: string): Promise<Session> {
  const cache = sessions.get(app) ?? new Map<string, Promise<Session>>();
  sessions.set(app, cache);
  const email = local.includes('@') ? local : demo(local);
  let session = cache.get(email);
  if (!session) {
    session = login(app, email).then((response) => {
      expect(response.statusCode, `login ${email}`).toBe(200);
      return { agent: response.json<{ agent: Agent }>().agent, cookie: sessionCookie(response) };
    });
    cache.set(email, session);
  }
  return session;
}

export const post = (
  app: FastifyInstance,
  url: string,
  payload: unknown,
  cookie?: string,
): Promise<LightMyRequestResponse> =>
  app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

export interface MutationInput {
  name: string;
  args: unknown;
}

/** Numbers the mutations from `first`. */
export const mutations = (first: number, list: readonly MutationInput[]) =>
  list.map((m, i) => ({ id: first + i, ...m, createdAt: new Date().toISOString() }));

export async function push(
  app: FastifyInstance,
  session: Session,
  clientId: string,
  list: ReturnType<typeof mutations>,
): Promise<PushResponse> {
  const response = await post(
    app,
    '/api/sync/push',
    { protocol: 1, clientId, mutations: list },
    session.cookie,
  );
  expect(response.statusCode, response.body).toBe(200);
  return PushResponse.parse(response.json());
}

/** One mutation from a fresh client: its status and error code. */
export async function pushOne(
  app: FastifyInstance,
  session: Session,
  name: string,
  args: unknown,
): Promise<string> {
  const answer = await push(app, session, randomUUID(), mutations(1, [{ name, args }]));
  const [result] = answer.results;
  return result?.status === 'rejected'
    ? (result.error?.code ?? 'rejected')
    : String(result?.status);
}

export async function pull(
  app: FastifyInstance,
  session: Session,
  clientId: string,
  cursor: string | null,
): Promise<PullResponse> {
  const response = await post(
    app,
    '/api/sync/pull',
    { protocol: 1, clientId, cursor },
    session.cookie,
  );
  expect(response.statusCode, response.body).toBe(200);
  return PullResponse.parse(response.json());
}

/** Pulls until `more` is false; the pages, in order. */
export async function pullAll(
  app: FastifyInstance,
  session: Session,
  clientId: string,
  cursor: string | null = null,
): Promise<PullResponse[]> {
  const pages: PullResponse[] = [];
  for (let more = true; more;) {
    const page = await pull(app, session, clientId, pages.at(-1)?.cursor ?? cursor);
    pages.push(page);
    more = page.more;
  }
  return pages;
}

export const rowsOf = (changes: readonly RowChange[], entity: RowChange['entity']) =>
  changes.flatMap((c) => (c.entity === entity && c.op === 'put' ? [c.row] : []));
