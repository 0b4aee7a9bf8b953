/**
 * The built-in administrator (created with the database; server/platform/admin-account.ts). Free of zod, so the
 * web app names it without loading the schemas: its display name is the platform's Chinese label, which the web
 * app says in the reader's language (web/src/app/display-name.ts).
 */
export const BUILT_IN_ADMIN = { username: 'admin', displayName: '系统管理员' } as const;
