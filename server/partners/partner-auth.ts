import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { departmentScope, type Scope } from '../../core/organisations/scope.ts';
import type { FeedDomain } from '../../core/partners/partner.schema.ts';
import { hashToken } from '../auth/session.repository.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { TokenBuckets } from '../monitoring/ingest/token-bucket.ts';

/** A partner client calling with its secret as the bearer token (docs/adr, change feeds and partner clients). */
export interface PartnerCaller {
  clientId: string;
  name: string;
  domains: readonly FeedDomain[];
  /** Its districts and industries as a department's scope, so that `inScope` applies unchanged. */
  scope: Scope;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Partner clients may call the route (read-only feeds); anywhere else their secret is refused. */
    partner?: boolean;
  }
  interface FastifyRequest {
    /** Set instead of `actor` when a partner client calls. */
    partner: PartnerCaller | null;
    /** Records a partner call returned, for its access-log row. */
    partnerItems: number | null;
  }
}

/** A bucket per client holding one minute of its rate: `requestsPerMinute` calls at once, refilled evenly. */
const buckets = new TokenBuckets(60);

export async function authenticatePartner(db: Db, request: FastifyRequest, secret: string): Promise<void> {
  const client = await db
    .selectFrom('partner_clients')
    .select(['id', 'name', 'domains', 'region_codes', 'industry_codes', 'requests_per_minute'])
    .where('secret_hash', '=', hashToken(secret))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!client) throw new AppError('UNAUTHENTICATED', 'Unknown, rotated or revoked partner secret');
  request.partner = {
    clientId: client.id,
    name: client.name,
    domains: client.domains as FeedDomain[],
    scope: departmentScope(`partner:${client.id}`, client.region_codes, client.industry_codes),
  };
  if (!request.routeOptions.config.partner) throw new AppError('FORBIDDEN', 'A partner client may only read its change feeds');
  const taken = buckets.take(client.id, client.requests_per_minute / 60, 1);
  if (!taken.ok) throw new AppError('RATE_LIMITED', `More than ${client.requests_per_minute} calls a minute`, undefined, Math.max(1, Math.ceil(taken.retryAfterMs / 1000)));
}

/**
 * Every partner call leaves one row in partner_access_log (after the answer is sent, so it adds no latency);
 * `last_used_at` moves at most once a minute, not on every call.
 */
export function registerPartnerAccessLog(app: FastifyInstance, db: Db) {
  app.decorateRequest('partner', null);
  app.decorateRequest('partnerItems', null);
  app.addHook('onResponse', async (request, reply) => {
    const partner = request.partner;
    if (!partner) return;
    try {
      await db
        .insertInto('partner_access_log')
        .values({ client_id: partner.clientId, method: request.method, path: request.url.slice(0, 2000), status: reply.statusCode, items: request.partnerItems, address: request.ip })
        .execute();
      await db
        .updateTable('partner_clients')
        .set({ last_used_at: sql`now()` })
        .where('id', '=', partner.clientId)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)]))
        .execute();
    } catch (error) {
      request.log.error({ err: error, clientId: partner.clientId }, 'partner access log write failed');
    }
  });
}

/** The scope a call reads with: a partner's own, within the feeds it was given (another feed is not there: 404). */
export function feedScope(request: FastifyRequest, domain: FeedDomain): Scope {
  const partner = request.partner;
  if (!partner) return request.actor.scope;
  if (!partner.domains.includes(domain)) throw new AppError('NOT_FOUND', `No ${domain} feed for this client`);
  return partner.scope;
}
