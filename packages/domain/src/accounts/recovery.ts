import { z } from 'zod';
import { mobileSchema, passwordSchema } from './fields';
import { applicantSignUpSchema, employerSignUpSchema } from './schemas';
import { typeError } from './typeError';

/**
 * One-time SMS codes prove that a person holds a mobile: at sign-up, and to reset a forgotten
 * password. Six digits, valid ten minutes, five tries; a new code replaces the last.
 */
export const verificationCodeRules = { digits: 6, validMinutes: 10, maxAttempts: 5 } as const;

export const codePurposes = ['sign_up', 'password_reset'] as const;
export type CodePurpose = (typeof codePurposes)[number];

/** Accounts that sign in with a mobile; bureau staff are reset by an admin instead. */
export const mobileAccountKinds = ['applicant', 'employer'] as const;

export const smsCodeSchema = z
  .string(typeError('validation.smsCode.format'))
  .trim()
  .regex(/^\d{6}$/, 'validation.smsCode.format');

export const codeRequestSchema = z.object({
  purpose: z.enum(codePurposes, typeError('validation.codePurpose.invalid')),
  kind: z.enum(mobileAccountKinds, typeError('validation.accountKind.invalid')),
  mobile: mobileSchema,
});
export type CodeRequest = z.infer<typeof codeRequestSchema>;

export const passwordResetSchema = z.object({
  kind: z.enum(mobileAccountKinds, typeError('validation.accountKind.invalid')),
  mobile: mobileSchema,
  code: smsCodeSchema,
  password: passwordSchema,
});
export type PasswordReset = z.infer<typeof passwordResetSchema>;

/** Sign-up as before, with the code sent to the mobile that becomes the login. */
export const verifiedApplicantSignUpSchema = applicantSignUpSchema.extend({ code: smsCodeSchema });
export type VerifiedApplicantSignUp = z.infer<typeof verifiedApplicantSignUpSchema>;
export const verifiedEmployerSignUpSchema = employerSignUpSchema.extend({ code: smsCodeSchema });
export type VerifiedEmployerSignUp = z.infer<typeof verifiedEmployerSignUpSchema>;
