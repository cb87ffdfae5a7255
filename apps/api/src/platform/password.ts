import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes): about 70 ms here, so sign-in is throttled.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the account does not exist, so that the response time
 * does not tell whether a login is registered.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummy ??= hashPassword('dummy-password-for-timing-0');
  await verifyPassword(await dummy, password);
  return false;
}
