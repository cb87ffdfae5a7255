import { describe, expect, it } from 'vitest';
import { localizeIssues } from '../i18n/localizeIssues';
import { isMessageKey } from '../i18n/messages';
import {
  employerActionSchema,
  employerDecisionSchema,
  employerDeclineSchema,
  employerStaffCreateSchema,
  organisationProfileSchema,
} from './schemas';

function codes(result: { success: boolean; error?: { issues: readonly import('zod').z.core.$ZodIssue[] } }) {
  return result.error === undefined
    ? []
    : localizeIssues(result.error.issues, 'en').map((i) => `${i.path}:${i.code}`);
}

const profile = {
  name: '庆阳市示范科技有限公司',
  orgType: 'enterprise',
  countyCode: '621002',
  address: '西峰区长庆大道1号',
  licenceDocumentId: null,
  keepsCollectiveHousehold: true,
  collectiveCapacity: 5,
};

describe('organisation profile', () => {
  it('accepts a complete profile and reads the capacity from a form field', () => {
    expect(organisationProfileSchema.parse({ ...profile, collectiveCapacity: '12' }).collectiveCapacity).toBe(
      12,
    );
    const id = '0A1B2C3D-0000-4000-8000-000000000000';
    expect(organisationProfileSchema.parse({ ...profile, licenceDocumentId: id }).licenceDocumentId).toBe(
      id.toLowerCase(),
    );
  });

  it('names every bad field with a catalogue key', () => {
    const bad = organisationProfileSchema.safeParse({
      name: 'x',
      orgType: 'club',
      countyCode: '621000',
      address: '',
      licenceDocumentId: 'nope',
      keepsCollectiveHousehold: 'yes',
      collectiveCapacity: -1,
    });
    expect(codes(bad)).toEqual([
      'name:validation.orgName.length',
      'orgType:validation.employer.orgType',
      'countyCode:validation.county.invalid',
      'address:validation.address.length',
      'licenceDocumentId:validation.id.invalid',
      'keepsCollectiveHousehold:validation.boolean.invalid',
      'collectiveCapacity:validation.employer.capacity',
    ]);
  });

  it('asks for at least one place only while a collective household is kept', () => {
    expect(codes(organisationProfileSchema.safeParse({ ...profile, collectiveCapacity: 0 }))).toEqual([
      'collectiveCapacity:validation.employer.capacityRequired',
    ]);
    const off = { ...profile, keepsCollectiveHousehold: false, collectiveCapacity: 0 };
    expect(organisationProfileSchema.safeParse(off).success).toBe(true);
  });
});

describe('employer actions', () => {
  it('opens an HR account with a mobile and a password', () => {
    expect(
      employerStaffCreateSchema.parse({
        name: ' 张人事 ',
        mobile: '139 0013 9001',
        password: 'qingyang2026',
      }),
    ).toEqual({ name: '张人事', mobile: '13900139001', password: 'qingyang2026' });
    expect(codes(employerStaffCreateSchema.safeParse({ name: '', mobile: '1', password: '1' }))).toContain(
      'mobile:validation.mobile.invalid',
    );
  });

  it('needs a reason to reject an organisation, not to verify it', () => {
    expect(employerDecisionSchema.safeParse({ decision: 'verify' }).success).toBe(true);
    expect(codes(employerDecisionSchema.safeParse({ decision: 'reject' }))).toEqual([
      'reason:validation.reason.length',
    ]);
    expect(codes(employerDecisionSchema.safeParse({ decision: 'reject', reason: ' ' }))).toEqual([
      'reason:validation.reason.length',
    ]);
    expect(codes(employerDecisionSchema.safeParse({ decision: 'maybe' }))).toEqual([
      'decision:validation.employer.decision',
    ]);
  });

  it('carries the version the employer saw, and a reason to decline', () => {
    expect(employerActionSchema.parse({ version: 3 })).toEqual({ version: 3 });
    expect(codes(employerActionSchema.safeParse({}))).toEqual(['version:validation.required']);
    expect(codes(employerActionSchema.safeParse({ version: 0 }))).toEqual([
      'version:validation.employer.version',
    ]);
    expect(codes(employerDeclineSchema.safeParse({ version: 1, reason: '' }))).toEqual([
      'reason:validation.reason.length',
    ]);
  });

  it('has a message for every key it uses', () => {
    for (const key of [
      'validation.employer.orgType',
      'validation.employer.capacity',
      'validation.employer.capacityRequired',
      'validation.employer.decision',
      'validation.employer.version',
      'error.conflict.employerNotVerified',
      'error.conflict.collectiveFull',
    ]) {
      expect(isMessageKey(key), key).toBe(true);
    }
  });
});
