import { z } from 'zod';
import { isMainlandMobile, normaliseMobile } from '../identifiers/mobile';
import { parseResidentId } from '../identifiers/residentId';
import { parseUscc } from '../identifiers/uscc';
import { typeError } from './typeError';

/** Field schemas shared by forms and the API; every message is a catalogue key (see i18n). */
export const mobileSchema = z
  .string(typeError('validation.mobile.invalid'))
  .transform(normaliseMobile)
  .refine(isMainlandMobile, 'validation.mobile.invalid');

/** Normalises to the upper-case 18-character number; the birth date is checked against today's date. */
export const residentIdSchema = z
  .string(typeError('validation.residentId.length'))
  .transform((input, ctx) => {
    const parsed = parseResidentId(input);
    if (parsed.ok) return parsed.value.id;
    ctx.addIssue({ code: 'custom', message: parsed.error.code });
    return z.NEVER;
  });

/**
 * Normalises to the upper-case code. A checksum mismatch passes here: it is a warning the bureau
 * resolves (parseUscc reports it), not a reason to refuse the registration.
 */
export const usccSchema = z.string(typeError('validation.uscc.length')).transform((input, ctx) => {
  const parsed = parseUscc(input);
  if (parsed.ok) return parsed.value.code;
  ctx.addIssue({ code: 'custom', message: parsed.error.code });
  return z.NEVER;
});

// Passwords people pick first; a letter-and-digit rule alone lets them through.
const commonPasswords = new Set([
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'abc12345',
  'abcd1234',
  'a1234567',
  'a12345678',
  'aa123456',
  'qq123456',
  'qwer1234',
  'qwerty123',
  'qwerty12',
  '1qaz2wsx',
  'admin123',
  'admin888',
  'iloveyou1',
  'woaini1314',
  'woaini520',
  'zxcvbnm1',
  '123456aa',
  '12345678a',
  '123qweasd',
  'asd123456',
]);

export const passwordSchema = z
  .string(typeError('validation.password.required'))
  .min(8, 'validation.password.tooShort')
  .max(128, 'validation.password.tooLong')
  .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), 'validation.password.letterAndDigit')
  .refine((p) => !commonPasswords.has(p.toLowerCase()), 'validation.password.tooCommon');

export const personNameSchema = z
  .string(typeError('validation.name.length'))
  .trim()
  .min(1, 'validation.name.length')
  .max(50, 'validation.name.length');
