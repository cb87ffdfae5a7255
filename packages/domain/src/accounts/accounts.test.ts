import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizeIssues } from '../i18n/localizeIssues';
import { makeResidentId, makeUscc, mobileArb } from '../testing';
import { type Actor, hasBureauRole } from './actor';
import { mobileSchema, passwordSchema, residentIdSchema, usccSchema } from './fields';
import { actorRoles, actorRolesOf, operationAccess } from './permissions';
import {
  codeRequestSchema,
  passwordResetSchema,
  smsCodeSchema,
  verifiedApplicantSignUpSchema,
} from './recovery';
import {
  applicantSignUpSchema,
  bureauAccountCreateSchema,
  bureauAccountUpdateSchema,
  changePasswordSchema,
  employerSignUpSchema,
  pageQuerySchema,
  signInSchema,
} from './schemas';

function codes(result: { success: boolean; error?: { issues: readonly import('zod').z.core.$ZodIssue[] } }) {
  return result.error === undefined
    ? []
    : localizeIssues(result.error.issues, 'en').map((i) => `${i.path}:${i.code}`);
}

describe('field schemas', () => {
  it('normalises mobile numbers', () => {
    expect(mobileSchema.parse(' 138 0013 8000 ')).toBe('13800138000');
    expect(codes(mobileSchema.safeParse('12345'))).toEqual([':validation.mobile.invalid']);
    fc.assert(fc.property(mobileArb, (m) => mobileSchema.parse(m) === m));
  });

  it('normalises resident IDs and reports the parser code', () => {
    const id = makeResidentId({ sex: 'female' });
    expect(residentIdSchema.parse(id.toLowerCase())).toBe(id);
    expect(codes(residentIdSchema.safeParse('110105194912310021'))).toEqual([
      ':validation.residentId.checksum',
    ]);
    expect(codes(residentIdSchema.safeParse(undefined))).toEqual([':validation.required']);
    expect(codes(residentIdSchema.safeParse(42))).toEqual([':validation.residentId.length']);
  });

  it('lets a credit code with a bad check character through', () => {
    expect(usccSchema.parse('91350100m000100y44')).toBe('91350100M000100Y44');
    expect(usccSchema.parse(makeUscc())).toBe(makeUscc());
    expect(codes(usccSchema.safeParse('91350100M000100I43'))).toEqual([':validation.uscc.charset']);
  });

  it('asks for a letter and a digit, 8–128 characters, not a common password', () => {
    expect(passwordSchema.safeParse('qingyang2025').success).toBe(true);
    expect(passwordSchema.safeParse('庆阳人才2025').success).toBe(true);
    expect(codes(passwordSchema.safeParse('abc1'))).toEqual([':validation.password.tooShort']);
    expect(codes(passwordSchema.safeParse(`a1${'x'.repeat(127)}`))).toEqual([':validation.password.tooLong']);
    expect(codes(passwordSchema.safeParse('12345678'))).toEqual([':validation.password.letterAndDigit']);
    expect(codes(passwordSchema.safeParse('Password1'))).toEqual([':validation.password.tooCommon']);
  });
});

describe('account schemas', () => {
  it('signs up an applicant', () => {
    expect(
      applicantSignUpSchema.parse({ mobile: '13800138000', password: 'qingyang2025', name: ' 张三 ' }),
    ).toEqual({
      mobile: '13800138000',
      password: 'qingyang2025',
      name: '张三',
    });
    expect(codes(applicantSignUpSchema.safeParse({ mobile: '1', password: 'x', name: '' }))).toEqual([
      'mobile:validation.mobile.invalid',
      'password:validation.password.tooShort',
      'password:validation.password.letterAndDigit',
      'name:validation.name.length',
    ]);
  });

  it('signs up an employer, whose contact signs in with the contact mobile', () => {
    const parsed = employerSignUpSchema.parse({
      uscc: makeUscc().toLowerCase(),
      orgName: '庆阳市某某科技有限公司',
      contactName: '李四',
      contactMobile: '13900139000',
      password: 'qingyang2025',
    });
    expect(parsed.uscc).toBe(makeUscc());
    expect(codes(employerSignUpSchema.safeParse({}))).toContain('uscc:validation.required');
    expect(codes(employerSignUpSchema.safeParse({ orgName: 'x' }))).toContain(
      'orgName:validation.orgName.length',
    );
  });

  it('signs in any kind of account without re-checking password rules', () => {
    expect(signInSchema.parse({ kind: 'bureau', login: ' admin ', password: 'x' })).toEqual({
      kind: 'bureau',
      login: 'admin',
      password: 'x',
    });
    expect(codes(signInSchema.safeParse({ kind: 'robot', login: '', password: '' }))).toEqual([
      'kind:validation.accountKind.invalid',
      'login:validation.login.required',
      'password:validation.password.required',
    ]);
  });

  it('refuses a new password equal to the current one', () => {
    expect(
      changePasswordSchema.safeParse({ currentPassword: 'qingyang2025', newPassword: 'qingyang2026' })
        .success,
    ).toBe(true);
    expect(
      codes(changePasswordSchema.safeParse({ currentPassword: 'qingyang2025', newPassword: 'qingyang2025' })),
    ).toEqual(['newPassword:validation.password.sameAsCurrent']);
  });

  it('creates and updates bureau accounts', () => {
    const created = bureauAccountCreateSchema.parse({
      username: 'wang.wu',
      name: '王五',
      roles: ['reviewer', 'reviewer', 'finance'],
      password: 'qingyang2025',
      residentId: makeResidentId({ seq: 7 }),
    });
    expect(created.roles).toEqual(['reviewer', 'finance']);
    expect(
      codes(
        bureauAccountCreateSchema.safeParse({
          username: 'Wang',
          name: 'x',
          roles: [],
          password: 'qingyang2025',
        }),
      ),
    ).toEqual([
      'username:validation.username.format',
      'roles:validation.roles.required',
      'residentId:validation.required',
    ]);
    expect(
      codes(
        bureauAccountCreateSchema.safeParse({
          username: 'wang',
          name: 'x',
          roles: ['boss'],
          password: 'qingyang2025',
          residentId: makeResidentId({ seq: 7 }),
        }),
      ),
    ).toEqual(['roles.0:validation.role.invalid']);
    expect(bureauAccountUpdateSchema.parse({ disabled: true })).toEqual({ disabled: true });
    expect(codes(bureauAccountUpdateSchema.safeParse({ disabled: 'yes' }))).toEqual([
      'disabled:validation.boolean.invalid',
    ]);
  });

  it('reads paging from a query string', () => {
    expect(pageQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(
      pageQuerySchema.parse({ page: '3', pageSize: '50', sort: 'createdAt', order: 'desc', q: ' 张 ' }),
    ).toEqual({
      page: 3,
      pageSize: 50,
      sort: 'createdAt',
      order: 'desc',
      q: '张',
    });
    expect(pageQuerySchema.parse({ page: '', pageSize: '', sort: '', order: '', q: '' })).toEqual({
      page: 1,
      pageSize: 20,
    });
    expect(codes(pageQuerySchema.safeParse({ page: '0', pageSize: '500', order: 'up' }))).toEqual([
      'page:validation.page.invalid',
      'pageSize:validation.pageSize.invalid',
      'order:validation.order.invalid',
    ]);
    expect(codes(pageQuerySchema.safeParse({ page: 'abc', pageSize: '1.5' }))).toEqual([
      'page:validation.page.invalid',
      'pageSize:validation.pageSize.invalid',
    ]);
  });
});

describe('actors', () => {
  it('gives bureau roles to bureau accounts only', () => {
    const bureau: Actor = { userId: 'u1', kind: 'bureau', roles: ['finance'] };
    const applicant: Actor = { userId: 'u2', kind: 'applicant', roles: ['finance'] };
    expect(hasBureauRole(bureau, 'finance')).toBe(true);
    expect(hasBureauRole(bureau, 'approver')).toBe(false);
    expect(hasBureauRole(applicant, 'finance')).toBe(false);
  });
});

describe('SMS code schemas', () => {
  it('take six digits, and a code with sign-up as before', () => {
    expect(smsCodeSchema.parse(' 012345 ')).toBe('012345');
    expect(codes(smsCodeSchema.safeParse('12345'))).toEqual([':validation.smsCode.format']);
    expect(codes(smsCodeSchema.safeParse('12345a'))).toEqual([':validation.smsCode.format']);
    const signUp = { mobile: '13800138000', password: 'Graduate2026', name: '李明' };
    expect(codes(verifiedApplicantSignUpSchema.safeParse(signUp))).toEqual(['code:validation.required']);
    expect(verifiedApplicantSignUpSchema.parse({ ...signUp, code: '123456' }).code).toBe('123456');
  });

  it('reset only applicant and employer passwords by SMS; staff ask an admin', () => {
    const reset = { kind: 'applicant', mobile: '13800138000', code: '123456', password: 'Graduate2026' };
    expect(passwordResetSchema.safeParse(reset).success).toBe(true);
    expect(codes(passwordResetSchema.safeParse({ ...reset, kind: 'bureau' }))).toEqual([
      'kind:validation.accountKind.invalid',
    ]);
    expect(
      codes(codeRequestSchema.safeParse({ purpose: 'unlock', kind: 'employer', mobile: '13800138000' })),
    ).toEqual(['purpose:validation.codePurpose.invalid']);
  });
});

describe('actorRolesOf', () => {
  it('names the roles an account acts in, as the permission table spells them', () => {
    expect(actorRolesOf({ kind: 'applicant', roles: [] })).toEqual(['applicant']);
    expect(actorRolesOf({ kind: 'employer', roles: [], employerRole: 'hr' })).toEqual(['employer:hr']);
    expect(actorRolesOf({ kind: 'employer', roles: [] })).toEqual([]);
    expect(actorRolesOf({ kind: 'bureau', roles: ['reviewer', 'approver'] })).toEqual([
      'bureau:reviewer',
      'bureau:approver',
    ]);
  });

  it('lists every operation with a known role or as public', () => {
    for (const [key, access] of Object.entries(operationAccess)) {
      expect(key).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/api\//);
      if (access !== 'public') for (const role of access) expect(actorRoles, key).toContain(role);
    }
  });
});
