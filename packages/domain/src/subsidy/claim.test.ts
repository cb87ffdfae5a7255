import { describe, expect, it } from 'vitest';
import type { SubsidyFacts } from '../eligibility/subsidyFacts';
import { defaultPolicyVersion } from '../policy/defaultPolicy';
import { previewSubsidyClaim, socialSecurityCardBanks, subsidyClaimInputSchema } from './claim';

const bachelor: SubsidyFacts = {
  tier: 'bachelor',
  claimDate: '2026-03-02',
  birthDate: '2001-05-01',
  tierEvidence: 'verified',
  householdInQingyang: true,
  employment: { kind: 'contract', contractMonths: 36, inQingyang: true, employerConfirmed: true },
  employmentReport: { settledOn: '2025-07-10', reportedOn: '2025-09-01' },
  previousClaimsForTier: 0,
};

describe('the claim form', () => {
  const parse = (input: object) => subsidyClaimInputSchema.safeParse(input);
  const messages = (input: object) => parse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('takes a bank from the list or typed, and an account of 12 to 25 digits typed with spaces', () => {
    expect(
      parse({ bankName: socialSecurityCardBanks[0], bankAccount: '6217 0000 1111 2222 333' }).data,
    ).toEqual({
      bankName: '中国工商银行',
      bankAccount: '6217000011112222333',
    });
    expect(parse({ bankName: ' 庆阳农商银行 ', bankAccount: '621700001111' }).data?.bankName).toBe(
      '庆阳农商银行',
    );
  });

  it('names the field and the rule it breaks', () => {
    expect(messages({ bankName: '工', bankAccount: '62170000111' })).toEqual([
      ['bankName', 'validation.bankName.length'],
      ['bankAccount', 'validation.bankAccount.format'],
    ]);
    expect(messages({ bankName: '中国银行', bankAccount: '6217000011112222333444555X' })).toEqual([
      ['bankAccount', 'validation.bankAccount.format'],
    ]);
    expect(messages({})).toEqual([
      ['bankName', 'validation.required'],
      ['bankAccount', 'validation.required'],
    ]);
  });
});

describe('previewSubsidyClaim', () => {
  it('gives the criteria with their clauses and the award under the version in force', () => {
    const preview = previewSubsidyClaim(bachelor, defaultPolicyVersion);
    expect(preview.claimable).toBe(true);
    expect(preview.evaluation.outcome).toBe('eligible');
    expect(preview.evaluation.criteria.every((c) => c.clause.length > 0)).toBe(true);
    expect(preview.award).toMatchObject({
      policyVersionId: defaultPolicyVersion.id,
      startDate: '2026-03-02',
      totalFen: 1_000_000 + 24 * 80_000,
    });
    expect(preview.award.lines[0]).toMatchObject({ id: 'settling_in-1', dueDate: '2026-03-02' });
  });

  it('counts the dates from the award’s start when one is given', () => {
    const preview = previewSubsidyClaim(bachelor, defaultPolicyVersion, '2026-04-01');
    expect(preview.award.lines[1]).toMatchObject({ id: 'living_allowance-1', dueDate: '2026-04-01' });
    expect(preview.award.explanation['zh-CN']).toContain('2026-04-01');
  });

  it('refuses a claim a criterion fails, and lets open evidence through to the reviewer', () => {
    expect(
      previewSubsidyClaim({ ...bachelor, previousClaimsForTier: 1 }, defaultPolicyVersion).claimable,
    ).toBe(false);
    const open = previewSubsidyClaim({ ...bachelor, tierEvidence: 'submitted' }, defaultPolicyVersion);
    expect(open.evaluation.outcome).toBe('needs_evidence');
    expect(open.claimable).toBe(true);
  });
});
