import type { TFunction } from 'i18next';
import { BUILT_IN_ADMIN } from '../../../core/organisations/built-in-admin.ts';
import type { SessionUser } from './session.types.ts';

/**
 * The name to greet a user by. People's names are data and stay as written; the built-in administrator's name is
 * the platform's own Chinese label (core/organisations/built-in-admin.ts) until someone renames it, so it is said
 * in the reader's language ("Hello, Administrator", not "Hello, 系统管理员").
 */
export function displayNameOf(user: Pick<SessionUser, 'username' | 'displayName'>, t: TFunction): string {
  const isBuiltInLabel = user.username === BUILT_IN_ADMIN.username && user.displayName === BUILT_IN_ADMIN.displayName;
  return isBuiltInLabel ? t('roles.admin') : user.displayName;
}
