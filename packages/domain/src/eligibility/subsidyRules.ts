import { ageOn } from '../dates/isoDate';
import { employmentReportSchedule } from '../policy/deadlines';
import { type Criterion, type CriterionStatus, sentence, term } from './criterion';
import type { Rule } from './evaluate';
import { documentCriterion } from './evidence';
import type { SubsidyFacts, SubsidyPaymentFacts } from './subsidyFacts';

function dataCriterion(
  id: string,
  status: CriterionStatus,
  measured: Criterion['measured'],
  required: Criterion['required'],
  clause: string,
  text: Criterion['sentence'],
): Criterion {
  return { id, status, measured, required, clause, basis: 'data', sentence: text };
}

/** A yes/no fact: true passes, false fails, unknown leaves the criterion open. */
function flag(
  id: string,
  value: boolean | undefined,
  clause: string,
  messagePrefix: string,
  params: Parameters<typeof sentence>[1] = {},
): Criterion {
  if (value === undefined)
    return dataCriterion(
      id,
      'needs_evidence',
      null,
      true,
      clause,
      sentence(`${messagePrefix}.unknown`, params),
    );
  return dataCriterion(
    id,
    value ? 'pass' : 'fail',
    value,
    true,
    clause,
    sentence(`${messagePrefix}.${value ? 'pass' : 'fail'}`, params),
  );
}

// 二(四)5: the tier rests on the degree, or for special skills on a recognised qualification or award.
const tierEvidence: Rule<SubsidyFacts> = (facts, policy) =>
  documentCriterion(
    facts.tier === 'special_skills' ? 'skills_qualification' : 'degree_certificate',
    facts.tierEvidence,
    policy.tiers[facts.tier].settlingInAllowance.clause,
  );

// Age limit per tier at the claim date (二(四)5, figure set by the bureau).
const age: Rule<SubsidyFacts> = (facts, policy) => {
  const limit = policy.tiers[facts.tier].ageLimit;
  const tier = term(`tier.${facts.tier}`);
  if (limit.value === null) {
    return dataCriterion(
      'subsidy.age',
      'pass',
      null,
      null,
      limit.clause,
      sentence('eligibility.age.noLimit', { tier }),
    );
  }
  if (facts.birthDate === undefined) {
    return dataCriterion(
      'subsidy.age',
      'needs_evidence',
      null,
      limit.value,
      limit.clause,
      sentence('eligibility.age.unknown'),
    );
  }
  const years = ageOn(facts.birthDate, facts.claimDate);
  const ok = years <= limit.value;
  return dataCriterion(
    'subsidy.age',
    ok ? 'pass' : 'fail',
    years,
    limit.value,
    limit.clause,
    sentence(ok ? 'eligibility.age.pass' : 'eligibility.age.fail', { age: years, tier, limit: limit.value }),
  );
};

// The incentives are for people who settled (对落户的…人员, 二(四)5).
const household: Rule<SubsidyFacts> = (facts, policy) => {
  const rule = policy.commonConditions.householdInQingyang;
  return rule.value
    ? flag('subsidy.household', facts.householdInQingyang, rule.clause, 'eligibility.household')
    : null;
};

// Employed in Qingyang on a contract of at least the minimum term, or running a registered business here.
const employment: Rule<SubsidyFacts> = (facts, policy) => {
  const { minContractMonths, registeredBusinessQualifies } = policy.commonConditions;
  const min = minContractMonths.value;
  const job = facts.employment;
  const id = 'subsidy.employment';
  const c = minContractMonths.clause;
  if (job === undefined)
    return dataCriterion(id, 'needs_evidence', null, min, c, sentence('eligibility.employment.unknown'));
  if (!job.inQingyang)
    return dataCriterion(
      id,
      'fail',
      job.kind,
      'qingyang',
      c,
      sentence('eligibility.employment.notInQingyang'),
    );
  if (job.kind === 'business') {
    return registeredBusinessQualifies.value
      ? dataCriterion(
          id,
          'pass',
          'business',
          'business',
          registeredBusinessQualifies.clause,
          sentence('eligibility.employment.businessPass'),
        )
      : dataCriterion(
          id,
          'fail',
          'business',
          min,
          registeredBusinessQualifies.clause,
          sentence('eligibility.employment.businessExcluded'),
        );
  }
  const params = { months: job.contractMonths, min };
  if (job.contractMonths < min) {
    return dataCriterion(
      id,
      'fail',
      job.contractMonths,
      min,
      c,
      sentence('eligibility.employment.contractShort', params),
    );
  }
  // 二(一)4: the graduate reports employment and the employer confirms it.
  if (!job.employerConfirmed) {
    return dataCriterion(
      id,
      'needs_evidence',
      job.contractMonths,
      min,
      c,
      sentence('eligibility.employment.unconfirmed'),
    );
  }
  return dataCriterion(
    id,
    'pass',
    job.contractMonths,
    min,
    c,
    sentence('eligibility.employment.contractPass', params),
  );
};

// 二(一)4: a graduate who settled first unlocks employment-linked incentives only by reporting in time.
const employmentReport: Rule<SubsidyFacts> = (facts, policy) => {
  const report = facts.employmentReport;
  if (report === undefined) return null;
  const { closesOn } = employmentReportSchedule(policy, report.settledOn);
  const c = policy.employmentReport.windowMonths.clause;
  const id = 'subsidy.employmentReport';
  if (report.reportedOn !== undefined && report.reportedOn <= closesOn) {
    return dataCriterion(
      id,
      'pass',
      report.reportedOn,
      closesOn,
      c,
      sentence('eligibility.employmentReport.pass', { reportedOn: report.reportedOn, closesOn }),
    );
  }
  if (report.reportedOn === undefined && facts.claimDate <= closesOn) {
    return dataCriterion(
      id,
      'needs_evidence',
      null,
      closesOn,
      c,
      sentence('eligibility.employmentReport.open', { closesOn }),
    );
  }
  return dataCriterion(
    id,
    'fail',
    report.reportedOn ?? null,
    closesOn,
    c,
    sentence('eligibility.employmentReport.fail', { closesOn }),
  );
};

// No double claims for the same tier.
const firstClaim: Rule<SubsidyFacts> = (facts, policy) => {
  const rule = policy.commonConditions.firstClaimOnly;
  if (!rule.value) return null;
  const previous = facts.previousClaimsForTier;
  return flag(
    'subsidy.firstClaim',
    previous === undefined ? undefined : previous === 0,
    rule.clause,
    'eligibility.firstClaim',
    {
      tier: term(`tier.${facts.tier}`),
    },
  );
};

export const subsidyRules: readonly Rule<SubsidyFacts>[] = [
  tierEvidence,
  age,
  household,
  employment,
  employmentReport,
  firstClaim,
];

// Social insurance: the minimum months before the first payment, still contributing for each later one.
const socialInsurance: Rule<SubsidyPaymentFacts> = (facts, policy) => {
  const { minSocialInsuranceMonths, continuingContributions } = policy.commonConditions;
  if (facts.paymentNumber > 1) {
    return continuingContributions.value
      ? flag(
          'payment.contributing',
          facts.contributing,
          continuingContributions.clause,
          'eligibility.contributing',
        )
      : null;
  }
  const min = minSocialInsuranceMonths.value;
  const months = facts.socialInsuranceMonths;
  const id = 'payment.socialInsurance';
  const c = minSocialInsuranceMonths.clause;
  if (months === undefined)
    return dataCriterion(id, 'needs_evidence', null, min, c, sentence('eligibility.socialInsurance.unknown'));
  const ok = months >= min;
  return dataCriterion(
    id,
    ok ? 'pass' : 'fail',
    months,
    min,
    c,
    sentence(`eligibility.socialInsurance.${ok ? 'pass' : 'fail'}`, { months, min }),
  );
};

export const subsidyPaymentRules: readonly Rule<SubsidyPaymentFacts>[] = [socialInsurance];
