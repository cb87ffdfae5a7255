import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicyVersion } from '../policy/defaultPolicy';
import type { PolicyVersion } from '../policy/schema';
import { tiers } from '../policy/tiers';
import { isoDateArb } from '../testing';
import { type Criterion, outcomeOf } from './criterion';
import { evaluateSubsidy, evaluateSubsidyPayment } from './evaluators';
import type { SubsidyFacts } from './subsidyFacts';

const policy = defaultPolicyVersion;
const byId = (criteria: readonly Criterion[], id: string) => criteria.find((c) => c.id === id);

const eligibleMaster: SubsidyFacts = {
  tier: 'master',
  claimDate: '2025-03-01',
  birthDate: '1995-03-02',
  tierEvidence: 'verified',
  householdInQingyang: true,
  employment: { kind: 'contract', contractMonths: 12, inQingyang: true, employerConfirmed: true },
  previousClaimsForTier: 0,
};

describe('subsidy eligibility', () => {
  it('passes every common condition, each as its own criterion', () => {
    const evaluation = evaluateSubsidy(eligibleMaster, policy);
    expect(evaluation.outcome).toBe('eligible');
    expect(evaluation.criteria.map((c) => c.id)).toEqual([
      'document.degree_certificate',
      'subsidy.age',
      'subsidy.household',
      'subsidy.employment',
      'subsidy.firstClaim',
    ]);
    expect(byId(evaluation.criteria, 'subsidy.age')).toMatchObject({
      status: 'pass',
      measured: 29,
      required: 35,
    });
    expect(byId(evaluation.criteria, 'subsidy.age')?.sentence.en).toBe(
      'Aged 29 on the claim date, within the master age limit of 35',
    );
  });

  it('checks the tier age limit at the claim date', () => {
    const age = (birthDate: string | undefined, tier: SubsidyFacts['tier'] = 'master') => {
      const facts: SubsidyFacts = { ...eligibleMaster, tier };
      if (birthDate === undefined) delete facts.birthDate;
      else facts.birthDate = birthDate;
      return byId(evaluateSubsidy(facts, policy).criteria, 'subsidy.age');
    };
    expect(age('1989-03-01')).toMatchObject({ status: 'fail', measured: 36 });
    expect(age('1989-03-02')).toMatchObject({ status: 'pass', measured: 35 });
    expect(age(undefined)).toMatchObject({ status: 'needs_evidence' });
    expect(age('1950-01-01', 'special_skills')).toMatchObject({ status: 'pass', required: null });
    expect(age('1950-01-01', 'special_skills')?.sentence['zh-CN']).toBe('有特长的低学历人员不设年龄上限');
  });

  it('accepts a labour contract of the minimum term or a registered business, in Qingyang', () => {
    const employment = (job: SubsidyFacts['employment'], p: PolicyVersion = policy) => {
      const facts: SubsidyFacts = { ...eligibleMaster };
      if (job === undefined) delete facts.employment;
      else facts.employment = job;
      return byId(evaluateSubsidy(facts, p).criteria, 'subsidy.employment');
    };
    expect(
      employment({ kind: 'contract', contractMonths: 11, inQingyang: true, employerConfirmed: true })?.status,
    ).toBe('fail');
    expect(
      employment({ kind: 'contract', contractMonths: 24, inQingyang: true, employerConfirmed: false })
        ?.status,
    ).toBe('needs_evidence');
    expect(
      employment({ kind: 'contract', contractMonths: 24, inQingyang: false, employerConfirmed: true })
        ?.status,
    ).toBe('fail');
    expect(employment({ kind: 'business', inQingyang: true })?.status).toBe('pass');
    expect(employment({ kind: 'business', inQingyang: false })?.status).toBe('fail');
    expect(employment(undefined)?.status).toBe('needs_evidence');
    const noBusiness = {
      ...policy,
      commonConditions: {
        ...policy.commonConditions,
        registeredBusinessQualifies: { value: false, clause: 'x' },
      },
    };
    expect(employment({ kind: 'business', inQingyang: true }, noBusiness)?.status).toBe('fail');
  });

  it('requires the settled household, a first claim and tier evidence', () => {
    const facts: SubsidyFacts = { tier: 'special_skills', claimDate: '2025-03-01' };
    const evaluation = evaluateSubsidy(facts, policy);
    expect(evaluation.outcome).toBe('needs_evidence');
    expect(byId(evaluation.criteria, 'document.skills_qualification')?.status).toBe('needs_evidence');
    const repeat = evaluateSubsidy(
      { ...eligibleMaster, previousClaimsForTier: 1, householdInQingyang: false },
      policy,
    );
    expect(byId(repeat.criteria, 'subsidy.firstClaim')?.sentence['zh-CN']).toBe(
      '已申请过硕士研究生补贴,不得重复申请',
    );
    expect(byId(repeat.criteria, 'subsidy.household')?.status).toBe('fail');
    const relaxed = {
      ...policy,
      commonConditions: {
        ...policy.commonConditions,
        householdInQingyang: { value: false, clause: 'x' },
        firstClaimOnly: { value: false, clause: 'x' },
      },
    };
    expect(evaluateSubsidy(facts, relaxed).criteria.map((c) => c.id)).toEqual([
      'document.skills_qualification',
      'subsidy.age',
      'subsidy.employment',
    ]);
  });

  it('unlocks employment-linked incentives only when employment was reported in the window', () => {
    const report = (settledOn: string, reportedOn?: string, claimDate = '2025-03-01') =>
      byId(
        evaluateSubsidy(
          {
            ...eligibleMaster,
            claimDate,
            employmentReport: { settledOn, ...(reportedOn ? { reportedOn } : {}) },
          },
          policy,
        ).criteria,
        'subsidy.employmentReport',
      );
    expect(report('2023-06-01', '2025-06-01')).toMatchObject({ status: 'pass', required: '2025-06-01' });
    expect(report('2023-06-01', '2025-06-02')).toMatchObject({ status: 'fail' });
    expect(report('2023-06-01', undefined, '2025-06-01')).toMatchObject({ status: 'needs_evidence' });
    expect(report('2023-06-01', undefined, '2025-06-02')?.sentence.en).toContain('the settlement stands');
  });

  it('derives the outcome from the criteria alone', () => {
    fc.assert(
      fc.property(
        fc.record({
          tier: fc.constantFrom(...tiers),
          claimDate: isoDateArb('2023-01-01', '2026-12-31'),
          birthDate: fc.option(isoDateArb('1960-01-01', '2005-12-31'), { nil: undefined }),
          tierEvidence: fc.option(fc.constantFrom('missing', 'submitted', 'verified', 'rejected' as const), {
            nil: undefined,
          }),
          householdInQingyang: fc.option(fc.boolean(), { nil: undefined }),
          previousClaimsForTier: fc.option(fc.nat(2), { nil: undefined }),
        }),
        (raw) => {
          const facts = Object.fromEntries(
            Object.entries(raw).filter(([, v]) => v !== undefined),
          ) as unknown as SubsidyFacts;
          const evaluation = evaluateSubsidy(facts, policy);
          expect(evaluation.outcome).toBe(outcomeOf(evaluation.criteria));
          const statuses = evaluation.criteria.map((c) => c.status);
          if (statuses.includes('fail')) expect(evaluation.outcome).toBe('ineligible');
          else if (statuses.includes('needs_evidence')) expect(evaluation.outcome).toBe('needs_evidence');
          else expect(evaluation.outcome).toBe('eligible');
          for (const c of evaluation.criteria)
            expect(Object.isFrozen(c) || c.id === 'subsidy.employmentReport').toBe(true);
        },
      ),
    );
  });
});

describe('payment conditions', () => {
  it('needs the minimum social-insurance months before the first payment', () => {
    expect(evaluateSubsidyPayment({ paymentNumber: 1, socialInsuranceMonths: 3 }, policy).outcome).toBe(
      'eligible',
    );
    const short = evaluateSubsidyPayment({ paymentNumber: 1, socialInsuranceMonths: 2 }, policy);
    expect(short.outcome).toBe('ineligible');
    expect(short.criteria[0]?.sentence['zh-CN']).toBe('在庆阳缴纳社会保险2个月,首次发放前须满3个月');
    expect(evaluateSubsidyPayment({ paymentNumber: 1 }, policy).outcome).toBe('needs_evidence');
  });

  it('needs continuing contributions for each later payment', () => {
    expect(evaluateSubsidyPayment({ paymentNumber: 2, contributing: true }, policy).outcome).toBe('eligible');
    expect(evaluateSubsidyPayment({ paymentNumber: 2, contributing: false }, policy).outcome).toBe(
      'ineligible',
    );
    expect(evaluateSubsidyPayment({ paymentNumber: 3 }, policy).outcome).toBe('needs_evidence');
    const lenient = {
      ...policy,
      commonConditions: {
        ...policy.commonConditions,
        continuingContributions: { value: false, clause: 'x' },
      },
    };
    expect(evaluateSubsidyPayment({ paymentNumber: 2, contributing: false }, lenient).criteria).toEqual([]);
  });
});
