import type { ParseResult } from './parseResult';

export type Uscc = { code: string; authority: string; entityType: string; regionCode: string };
export type UsccErrorCode =
  | 'validation.required'
  | 'validation.uscc.length'
  | 'validation.uscc.charset'
  | 'validation.uscc.authority'
  | 'validation.uscc.entityType'
  | 'validation.uscc.region';
export type UsccWarning = 'uscc.checksum_mismatch';
export type UsccParseResult =
  | { ok: true; value: Uscc; warnings: UsccWarning[] }
  | Extract<ParseResult<Uscc, UsccErrorCode>, { ok: false }>;

// GB 32100-2015: 31 characters (no I, O, S, V, Z) carrying the values 0..30, and the check weights 3^i mod 31.
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;
/** Registering authorities of GB 32100-2015 (1 staffing … 9 market regulation, A military, N agriculture, Y other). */
const AUTHORITIES = '123456789ANY';

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** True when `code` is 18 characters of the USCC alphabet whose last character is the right check character. */
export function isUsccChecksumValid(code: string): boolean {
  return USCC_SHAPE.test(code) && usccCheckChar(code) === code.charAt(17);
}

/**
 * Parses a unified social credit code. A wrong check character on an otherwise well-formed code is
 * only a warning: a few early pilot codes fail the check yet were issued (policy.md "Identifiers"),
 * so the bureau confirms them by hand instead of the platform turning the employer away.
 */
export function parseUscc(input: string): UsccParseResult {
  const code = input.trim().toUpperCase();
  if (code === '') return fail('validation.required', 'credit code is empty');
  if (code.length !== 18) return fail('validation.uscc.length', 'credit code must have 18 characters');
  if (!USCC_SHAPE.test(code))
    return fail('validation.uscc.charset', 'character outside the GB 32100 alphabet');
  const authority = code.charAt(0);
  if (!AUTHORITIES.includes(authority))
    return fail('validation.uscc.authority', 'unknown registering authority');
  const entityType = code.slice(0, 2);
  if (!/[1-9]/.test(code.charAt(1))) return fail('validation.uscc.entityType', 'unknown entity type');
  const regionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) return fail('validation.uscc.region', 'area code must be 6 digits');
  const warnings: UsccWarning[] = usccCheckChar(code) === code.charAt(17) ? [] : ['uscc.checksum_mismatch'];
  return { ok: true, value: { code, authority, entityType, regionCode }, warnings };
}

function fail(
  code: UsccErrorCode,
  message: string,
): { ok: false; error: { code: UsccErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}
