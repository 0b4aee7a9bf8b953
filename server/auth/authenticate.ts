import type { FastifyInstance, FastifyRequest } from 'fastify';
import { allows, isPermission, type Permission } from '../../core/auth/permissions.ts';
import { roleSchema } from '../../core/organisations/roles.ts';
import { scopeOf } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import { authenticatePartner, registerPartnerAccessLog } from '../partners/partner-auth.ts';
import { PARTNER_SECRET_PREFIX } from '../partners/partner-client.service.ts';
import { AppError } from '../http/errors.ts';
import type { Actor } from './actor.ts';
import { assertSameOriginWrite } from './same-origin.ts';
import { cacheActor, cachedActor } from './session-cache.ts';
import { findSessionUser, hashToken } from './session.repository.ts';

export const SESSION_COOKIE = 'anquan_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Marks a route that needs no signed-in user, where it is declared. */
    public?: boolean;
    /**
     * Who may call the route: a permission of core/auth/permissions.ts (docs/adr/0040). Every authenticated route
     * declares one (`app.use` for every account); the service still applies scope.
     */
    permission?: Permission;
    /** Answers an account that must still change its temporary password (the change itself, `me`). */
    beforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    /** Set on every non-public route. */
    actor: Actor;
  }
}

export function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return request.cookies[SESSION_COOKIE];
}

export async function resolveActor(db: Db, token: string, ip: string): Promise<Actor | undefined> {
  const tokenHash = hashToken(token);
  const cached = cachedActor(tokenHash);
  if (cached) return { ...cached, ip };
  const row = await findSessionUser(db, tokenHash);
  if (!row) return undefined;
  const role = roleSchema.parse(row.role);
  const department =
    row.department_id && row.region_codes && row.industry_codes
      ? { id: row.department_id, regionCodes: row.region_codes, industryCodes: row.industry_codes }
      : null;
  const actor = {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role,
    departmentId: row.department_id,
    enterpriseId: row.enterprise_id,
    mustChangePassword: row.must_change_password,
    scope: scopeOf({ role, department, enterpriseId: row.enterprise_id }),
  };
  cacheActor(tokenHash, actor, row.expires_at);
  return { ...actor, ip };
}

export interface AuthenticationOptions {
  /** ANQUAN_PUBLIC_URL's origin, accepted as this platform's besides the request's own (server/auth/same-origin.ts). */
  publicOrigin?: string | undefined;
}

/**
 * Every route of the plugin context this is registered in is authenticated unless it says
 * `config: { public: true }`. Runs before the body is read: an anonymous caller learns nothing from validation.
 * A state-changing request signed in by the cookie — and any that declares a foreign origin, sign-in included
 * (login CSRF) — must come from this platform's own pages (server/auth/same-origin.ts).
 */
export function registerAuthentication(app: FastifyInstance, db: Db, options: AuthenticationOptions = {}) {
  app.decorateRequest('actor', null as unknown as Actor);
  registerPartnerAccessLog(app, db);
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    // Device routes (POST /telemetry) authenticate a device key themselves, never by the cookie.
    if (config.device) return;
    assertSameOriginWrite(request, { sessionCookie: request.cookies[SESSION_COOKIE] !== undefined, publicOrigin: options.publicOrigin });
    if (config.public) return;
    const token = tokenOf(request);
    // A partner client's secret (server/partners): read-only feeds within its scope, rate limited, logged.
    if (token?.startsWith(PARTNER_SECRET_PREFIX)) return authenticatePartner(db, request, token);
    const actor = token ? await resolveActor(db, token, request.ip) : undefined;
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (actor.mustChangePassword && !config.beforePasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Your password was reset by an administrator: change it before going on');
    }
    if (!config.permission || !allows(actor.role, config.permission)) throw permissionRefused(config.permission);
    request.actor = actor;
  });
  // A route states who may call it, by a permission the table knows: checked as the routes register, so a route
  // that does not (or still says `roles`, as before ADR 0040) stops the platform from starting.
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as Record<string, unknown>;
    const where = `${String(route.method)} ${route.url}`;
    if ('roles' in config) throw new Error(`${where} declares roles: declare a permission of core/auth/permissions.ts instead (docs/adr/0040)`);
    if (config.public || config.device) return;
    if (typeof config.permission !== 'string' || !isPermission(config.permission)) {
      throw new Error(`${where} declares no permission of core/auth/permissions.ts (config.permission; or config.public): ${String(config.permission)}`);
    }
  });
}

/** 403 for a role the route's permission does not include; the reason names the permission for clients. */
export const permissionRefused = (permission: Permission | undefined) =>
  new AppError('FORBIDDEN', 'Your role may not do this', [{ path: '', message: `needs the permission ${permission ?? '(none declared)'}`, reason: 'permission', params: { permission: permission ?? '' } }]);
