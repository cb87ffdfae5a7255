import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Personal identifiers at rest: AES-256-GCM for the value, HMAC-SHA256 as a blind index so that a
 * unique constraint and an exact lookup work without decrypting. Both keys are derived (HKDF) from one
 * 32-byte master key, so a leaked index key says nothing about the encryption key.
 */
export type Pii = {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Deterministic keyed hash of a normalised identifier (hex). */
  blindIndex(plain: string): string;
  /** Keyed hash for other purposes (e.g. throttle keys), separated from the blind index by `purpose`. */
  hash(purpose: string, value: string): string;
};

const VERSION = 'v1';

export function createPii(masterKey: Uint8Array): Pii {
  if (masterKey.length !== 32) throw new Error('the PII master key must be 32 bytes');
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', masterKey, 'qingyang-talent', `talent/pii/${info}`, 32));
  const encKey = derive('aes-256-gcm/v1');
  const indexKey = derive('hmac-sha256/v1');
  const hashKey = derive('purpose-hmac/v1');

  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
    },
    decrypt(stored) {
      const [version, payload] = stored.split('.');
      if (version !== VERSION || !payload) throw new Error('unknown PII ciphertext format');
      const raw = Buffer.from(payload, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString(
        'utf8',
      );
    },
    blindIndex(plain) {
      return createHmac('sha256', indexKey).update(plain, 'utf8').digest('hex');
    },
    hash(purpose, value) {
      return createHmac('sha256', hashKey).update(`${purpose}\u0000${value}`, 'utf8').digest('hex');
    },
  };
}

/**
 * The master key: PII_KEY (32 bytes, base64) when set, else `<dataDir>/keys/pii.key`, generated once
 * with mode 0600 and reused. Losing the file makes stored resident IDs unreadable: back it up.
 */
export function loadPiiKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Uint8Array {
  if (env.PII_KEY) return decodeKey(env.PII_KEY, 'PII_KEY');
  const file = path.join(dataDir, 'keys', 'pii.key');
  try {
    return decodeKey(readFileSync(file, 'utf8'), file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails when another process created the file meanwhile; then read theirs.
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return decodeKey(readFileSync(file, 'utf8'), file);
}

function decodeKey(text: string, source: string): Uint8Array {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${source} must hold 32 bytes encoded in base64`);
  return new Uint8Array(key);
}
