import { z } from 'zod';
import { typeError } from '../accounts/typeError';
import { isIsoDate } from '../dates/isoDate';
import { qingyangDivisions } from '../identifiers/divisions';

/** Free text of a form field, trimmed, with its own length message. */
export function text(max: number, key: string) {
  return z.string(typeError(key)).trim().min(1, key).max(max, key);
}

export const isoDateSchema = z
  .string(typeError('validation.date.invalid'))
  .refine(isIsoDate, 'validation.date.invalid');

/** Record ids are UUIDs (gen_random_uuid()). */
export const idSchema = z
  .string(typeError('validation.id.invalid'))
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'validation.id.invalid')
  .transform((id) => id.toLowerCase());

/** The county-level units of Qingyang (the city's own code is not a place to settle). */
export const countyCodes = qingyangDivisions.filter((d) => d.level === 'county').map((d) => d.code) as [
  string,
  ...string[],
];
export const countyCodeSchema = z.enum(countyCodes, typeError('validation.county.invalid'));
