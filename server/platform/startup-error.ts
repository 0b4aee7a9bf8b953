/**
 * A start-up failure the operator fixes (a path out of reach, a data directory in use): the command prints its
 * message — one line naming the path and the fix — without a stack trace, and exits 1.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
