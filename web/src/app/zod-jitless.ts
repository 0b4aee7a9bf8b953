import { config } from 'zod/v4/core';

/**
 * zod compiles object parsers with `new Function` unless told not to; the page's Content-Security-Policy allows
 * no eval (server/http/security-headers.ts), so zod's probe would be refused and reported as a violation on every
 * page load. The interpreted parsers are fast enough for forms. Imported from zod's core alone so the entry
 * chunk does not pull in the schema library.
 */
config({ jitless: true });
