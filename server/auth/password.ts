import argon2 from 'argon2';
import { normalisePassword } from '../../core/auth/password-policy.ts';

/**
 * argon2id with the library's defaults (m = 64 MiB, t = 3, p = 4; OWASP's minimums are lower), of the
 * NFKC-normalised password (NIST SP 800-63B §5.1.1.2: normalise before hashing).
 */
export const hashPassword = (password: string) => argon2.hash(normalisePassword(password), { type: argon2.argon2id });

async function verifies(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** The normalised password; the text as typed only when it differs, for hashes made before normalisation. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  const normalised = normalisePassword(password);
  if (await verifies(hash, normalised)) return true;
  return normalised !== password && verifies(hash, password);
}

/** Verified against when the username is unknown, so that the response time does not reveal which users exist. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('not-a-real-password'));
