import { describe, expect, it } from 'vitest';
import { defaultPolicyVersion } from './defaultPolicy';
import { diffPolicyVersions } from './diff';
import type { PolicyVersion } from './schema';

const base = defaultPolicyVersion;

describe('diffPolicyVersions', () => {
  it('finds nothing between a version and itself (its id aside)', () => {
    expect(diffPolicyVersions(base, { ...base, id: 'copy' })).toEqual([]);
  });

  it('lists each changed figure by path with old and new values and the clause', () => {
    const next: PolicyVersion = {
      ...base,
      id: 'v2',
      title: '2027年参数',
      effectiveFrom: '2027-01-01',
      publicNoticeWorkingDays: { ...base.publicNoticeWorkingDays, value: 7 },
      tiers: {
        ...base.tiers,
        doctorate: {
          ...base.tiers.doctorate,
          settlingInAllowance: {
            ...base.tiers.doctorate.settlingInAllowance,
            value: { totalFen: 12_000_000, parts: 3 },
          },
        },
        special_skills: { ...base.tiers.special_skills, ageLimit: { value: 40, clause: '新条款' } },
      },
      employmentReport: {
        ...base.employmentReport,
        reminderMonthsBefore: { ...base.employmentReport.reminderMonthsBefore, value: [6, 1] },
      },
    };
    const changes = diffPolicyVersions(base, next);
    expect(changes.map((c) => c.path)).toEqual([
      'title',
      'effectiveFrom',
      'employmentReport.reminderMonthsBefore',
      'publicNoticeWorkingDays',
      'tiers.doctorate.settlingInAllowance.totalFen',
      'tiers.special_skills.ageLimit',
    ]);
    expect(changes[4]).toEqual({
      path: 'tiers.doctorate.settlingInAllowance.totalFen',
      parameter: 'tiers.doctorate.settlingInAllowance',
      before: 10_000_000,
      after: 12_000_000,
      clause: base.tiers.doctorate.settlingInAllowance.clause,
      clauseBefore: null,
    });
    expect(changes[0]).toMatchObject({ before: base.title, after: '2027年参数', clause: null });
    expect(changes[2]).toMatchObject({ before: [6, 3, 1], after: [6, 1] });
    // "no limit" (null) to 40, and the reference changed too
    expect(changes[5]).toMatchObject({
      before: null,
      after: 40,
      clause: '新条款',
      clauseBefore: base.tiers.special_skills.ageLimit.clause,
    });
  });

  it('reports a clause change alone even when the figure stays', () => {
    const next: PolicyVersion = { ...base, instantApproval: { value: true, clause: '另一条款' } };
    expect(diffPolicyVersions(base, next)).toEqual([
      {
        path: 'instantApproval',
        parameter: 'instantApproval',
        before: true,
        after: true,
        clause: '另一条款',
        clauseBefore: base.instantApproval.clause,
      },
    ]);
  });
});
