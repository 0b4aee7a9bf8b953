import type { EnterprisePatch } from '../../core/organisations/enterprise.schema.ts';
import { mayChangeEnterpriseFields, mayCreateEnterprise } from '../../core/organisations/enterprise.policy.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * `(actor, …) => boolean` checks for enterprises. Role rules live in core (shared with the web app);
 * reading is governed by scope alone, applied in the queries.
 */
export const canCreateEnterprise = (actor: Actor) => mayCreateEnterprise(actor.role);

export const canUpdateEnterprise = (actor: Actor, patch: EnterprisePatch) => mayChangeEnterpriseFields(actor.role, Object.keys(patch));
