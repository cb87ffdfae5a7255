import { z } from 'zod';
import { accountKinds, bureauRoles } from './actor';
import { mobileSchema, passwordSchema, personNameSchema, residentIdSchema, usccSchema } from './fields';
import { typeError } from './typeError';

export const applicantSignUpSchema = z.object({
  mobile: mobileSchema,
  password: passwordSchema,
  name: personNameSchema,
});
export type ApplicantSignUp = z.infer<typeof applicantSignUpSchema>;

/** The person who registers the organisation becomes its first admin and signs in with contactMobile. */
export const employerSignUpSchema = z.object({
  uscc: usccSchema,
  orgName: z
    .string(typeError('validation.orgName.length'))
    .trim()
    .min(2, 'validation.orgName.length')
    .max(100, 'validation.orgName.length'),
  contactName: personNameSchema,
  contactMobile: mobileSchema,
  password: passwordSchema,
});
export type EmployerSignUp = z.infer<typeof employerSignUpSchema>;

/** Sign-in checks shape only; the password rules are not repeated, so an old weak password can still sign in to change it. */
export const signInSchema = z.object({
  kind: z.enum(accountKinds, typeError('validation.accountKind.invalid')),
  login: z
    .string(typeError('validation.login.required'))
    .trim()
    .min(1, 'validation.login.required')
    .max(64, 'validation.login.required'),
  password: z
    .string(typeError('validation.password.required'))
    .min(1, 'validation.password.required')
    .max(128, 'validation.password.tooLong'),
});
export type SignIn = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string(typeError('validation.password.required'))
      .min(1, 'validation.password.required'),
    newPassword: passwordSchema,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    message: 'validation.password.sameAsCurrent',
    path: ['newPassword'],
  });
export type ChangePassword = z.infer<typeof changePasswordSchema>;

const bureauRoleSchema = z.enum(bureauRoles, typeError('validation.role.invalid'));
const bureauRolesSchema = z
  .array(bureauRoleSchema, 'validation.roles.required')
  .min(1, 'validation.roles.required')
  .transform((roles) => [...new Set(roles)]);

export const bureauAccountCreateSchema = z.object({
  username: z
    .string(typeError('validation.username.format'))
    .regex(/^[a-z][a-z0-9_.-]{2,31}$/, 'validation.username.format'),
  name: personNameSchema,
  roles: bureauRolesSchema,
  password: passwordSchema,
  // The person behind the account (decision 0008): four eyes compares persons, not accounts.
  residentId: residentIdSchema,
});
export type BureauAccountCreate = z.infer<typeof bureauAccountCreateSchema>;

export const bureauAccountUpdateSchema = z.object({
  roles: bureauRolesSchema.optional(),
  disabled: z.boolean(typeError('validation.boolean.invalid')).optional(),
  /** Recorded for an account created before persons were (decision 0008); never changed once set. */
  residentId: residentIdSchema.optional(),
});
export type BureauAccountUpdate = z.infer<typeof bureauAccountUpdateSchema>;

// Query strings arrive as text and an empty field means "not given".
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** Server-side paging, sorting and search for every table. */
export const pageQuerySchema = z.object({
  page: z.preprocess(
    blankToUndefined,
    z.coerce
      .number('validation.page.invalid')
      .int('validation.page.invalid')
      .min(1, 'validation.page.invalid')
      .default(1),
  ),
  pageSize: z.preprocess(
    blankToUndefined,
    z.coerce
      .number('validation.pageSize.invalid')
      .int('validation.pageSize.invalid')
      .min(1, 'validation.pageSize.invalid')
      .max(200, 'validation.pageSize.invalid')
      .default(20),
  ),
  sort: z.preprocess(blankToUndefined, z.string().max(64).optional()),
  order: z.preprocess(blankToUndefined, z.enum(['asc', 'desc'], 'validation.order.invalid').optional()),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;
