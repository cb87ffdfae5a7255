import { formatIsoDate, type IsoDate, isRealDate, todayInChina } from '../dates/isoDate';
import type { ParseResult } from './parseResult';
import { isPlausibleAreaCode } from './provinces';

export type Sex = 'male' | 'female';
export type ResidentId = { id: string; regionCode: string; birthDate: IsoDate; sex: Sex };
export type ResidentIdErrorCode =
  | 'validation.required'
  | 'validation.residentId.length'
  | 'validation.residentId.charset'
  | 'validation.residentId.region'
  | 'validation.residentId.birthDate'
  | 'validation.residentId.futureBirthDate'
  | 'validation.residentId.checksum';

// GB 11643-1999: weights over the first 17 digits; the sum mod 11 indexes the check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
/** No living person was born before this; an earlier year is a typing error, not an old ID. */
const EARLIEST_BIRTH_YEAR = 1900;

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Parses an 18-character resident ID number (GB 11643-1999, policy.md "Identifiers"): trims, accepts
 * lower-case x, checks the area code's province, a real birth date not after `today`, and the check
 * character. Error codes are catalogue keys; `message` is English for logs.
 */
export function parseResidentId(
  input: string,
  today: IsoDate = todayInChina(),
): ParseResult<ResidentId, ResidentIdErrorCode> {
  const id = input.trim().toUpperCase();
  if (id === '') return fail('validation.required', 'resident ID number is empty');
  if (id.length !== 18)
    return fail('validation.residentId.length', 'resident ID number must have 18 characters');
  if (!/^\d{17}[\dX]$/.test(id))
    return fail('validation.residentId.charset', 'expected 17 digits and a digit or X');
  const regionCode = id.slice(0, 6);
  if (!isPlausibleAreaCode(regionCode))
    return fail('validation.residentId.region', 'unknown province in area code');
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < EARLIEST_BIRTH_YEAR || !isRealDate(year, month, day)) {
    return fail('validation.residentId.birthDate', 'birth date is not a real date');
  }
  const birthDate = formatIsoDate(year, month, day);
  if (birthDate > today) return fail('validation.residentId.futureBirthDate', 'birth date is in the future');
  if (residentIdCheckChar(id) !== id.charAt(17)) {
    return fail('validation.residentId.checksum', 'check character does not match');
  }
  // The sequence's last digit (17th character) is odd for men, even for women.
  const sex: Sex = (id.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: { id, regionCode, birthDate, sex } };
}

function fail(
  code: ResidentIdErrorCode,
  message: string,
): { ok: false; error: { code: ResidentIdErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}
