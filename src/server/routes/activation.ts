import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { activationUrl, mayAskForCodes } from '../../domain/activation';
import {
  BulkActivationRequest,
  type Activation,
  type AgentActivation,
  type BulkActivationResponse,
} from '../../domain/activation-api';
import { Id, type Agent } from '../../domain/organisation';
import { codeHasher, drawCodes, expiryOf, storeCodes } from '../auth/activation-codes';
import { authenticate } from '../auth/authenticate';
import type { ServerContext } from '../context';
import { HttpError, parse } from '../http/http-error';
import { activateRoute } from './activation-activate';
import { checkTargets } from './activation-scope';

export interface ActivationOptions {
  /** The deployment's public address (PARCOURS_PUBLIC_URL): the codes' links are absolute. */
  publicUrl?: string;
  /** PARCOURS_ACTIVATION_KEY: the codes' HMAC key, instead of the database's own. */
  key?: string;
}

const AgentParams = z.strictObject({ id: Id });
/** Asking for a code takes no arguments; an empty object (or no body) is tolerated. */
const NoArguments = z.strictObject({}).optional();

/**
 * Activation codes (DESIGN §7b): asked for by whoever may (DESIGN §7), used by the agent to
 * choose her password. Plain endpoints, not commands: a code must reach the server to exist.
 */
export function activationRoutes(
  app: FastifyInstance,
  ctx: ServerContext,
  options: ActivationOptions = {},
): void {
  const hash = codeHasher(ctx.db, options.key);

  /** Codes for these agents, or a refusal naming the first that may not have one. */
  async function issue(
    asker: Agent,
    agentIds: readonly string[],
    fieldOf: (index: number) => string,
  ): Promise<AgentActivation[]> {
    const now = ctx.now();
    const codes = await drawCodes(hash, agentIds.length);
    const names = await ctx.db.transaction(async (tx) => {
      const found = await checkTargets(tx, asker.id, agentIds, fieldOf, now);
      await storeCodes(tx, agentIds, codes, asker.id, now);
      return found;
    });
    const expiresAt = expiryOf(now).toISOString();
    return agentIds.map((agentId, i) => ({
      agentId,
      displayName: names[i]!,
      code: codes[i]!.code,
      expiresAt,
      url: activationUrl(codes[i]!.code, options.publicUrl),
    }));
  }

  app.post('/api/agents/:id/activation', async (request, reply) => {
    const asker = await askerOf(ctx, request);
    const { id } = parse(AgentParams, request.params);
    parse(NoArguments, request.body);
    const [issued] = await issue(asker, [id.toLowerCase()], () => 'id');
    const answer: Activation = {
      code: issued!.code,
      expiresAt: issued!.expiresAt,
      url: issued!.url,
    };
    return reply.code(201).send(answer);
  });

  app.post('/api/agents/activations', async (request, reply) => {
    const asker = await askerOf(ctx, request);
    const agentIds = parse(BulkActivationRequest, request.body).agentIds.map((id) =>
      id.toLowerCase(),
    );
    const seen = agentIds.findIndex((id, i) => agentIds.indexOf(id) !== i);
    if (seen !== -1) {
      throw new HttpError(400, 'duplicate', 'This agent is asked for twice.', `agentIds.${seen}`);
    }
    const answer: BulkActivationResponse = {
      activations: await issue(asker, agentIds, (i) => `agentIds.${i}`),
    };
    return reply.code(201).send(answer);
  });

  activateRoute(app, ctx, hash);
}

/** The signed-in agent, if her roles let her ask for codes at all. Recruits and mentors are
 *  refused before their request is even read, so they learn nothing of any agent. */
async function askerOf(ctx: ServerContext, request: FastifyRequest): Promise<Agent> {
  const asker = await authenticate(ctx, request);
  if (!mayAskForCodes(asker.roles)) {
    throw new HttpError(403, 'forbidden', 'Only HR and managers ask for activation codes.');
  }
  return asker;
}
