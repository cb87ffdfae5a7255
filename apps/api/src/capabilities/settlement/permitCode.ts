import { randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A permit's verification code: 100 random bits as 20 characters in groups of four
 * (e.g. 7K3M-Q9TX-…), unguessable, so the public verify page reveals nothing to someone trying codes.
 */
export function newVerificationCode(): string {
  const bytes = randomBytes(20);
  let out = '';
  for (let i = 0; i < 20; i++) {
    if (i > 0 && i % 4 === 0) out += '-';
    out += ALPHABET[(bytes[i] as number) & 31];
  }
  return out;
}

export function isVerificationCode(value: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/.test(value);
}
