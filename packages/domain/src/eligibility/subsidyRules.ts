import { addMonths, ageOn } from '../dates/isoDate';
import type { PolicyVersion } from '../policy/schema';
import { type Criterion, dataCriterion, sentence, term } from './criterion';
import type { Rule } from './evaluate';
import { documentCriterion } from './evidence';
import { flag } from './flag';
import { type MemoKey, memoCriterion } from './memo';
import type { SubsidyFacts } from './subsidyFacts';

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
  const id = 'subsidy.age';
  if (limit.value === null) {
    return memoCriterion(policy, [id, facts.tier, 'none'], () =>
      dataCriterion(id, 'pass', null, null, limit.clause, sentence('eligibility.age.noLimit', { tier })),
    );
  }
  const max = limit.value;
  if (facts.birthDate === undefined) {
    return memoCriterion(policy, [id, facts.tier, 'unknown'], () =>
      dataCriterion(id, 'needs_evidence', null, max, limit.clause, sentence('eligibility.age.unknown')),
    );
  }
  const years = ageOn(facts.birthDate, facts.claimDate);
  return memoCriterion(policy, [id, facts.tier, years], () => {
    const ok = years <= max;
    const text = sentence(ok ? 'eligibility.age.pass' : 'eligibility.age.fail', {
      age: years,
      tier,
      limit: max,
    });
    return dataCriterion(id, ok ? 'pass' : 'fail', years, max, limit.clause, text);
  });
};

// The incentives are for people who settled (对落户的…人员, 二(四)5).
const household: Rule<SubsidyFacts> = (facts, policy) => {
  const rule = policy.commonConditions.householdInQingyang;
  return rule.value
    ? flag(policy, 'subsidy.household', facts.householdInQingyang, rule.clause, 'eligibility.household')
    : null;
};

// Employed in Qingyang on a contract of at least the minimum term, or running a registered business here.
const employment: Rule<SubsidyFacts> = (facts, policy) => {
  const job = facts.employment;
  const keys: MemoKey[] =
    job === undefined
      ? ['subsidy.employment', 'none']
      : job.kind === 'business'
        ? ['subsidy.employment', 'business', job.inQingyang]
        : ['subsidy.employment', 'contract', job.inQingyang, job.contractMonths, job.employerConfirmed];
  return memoCriterion(policy, keys, () => judgeEmployment(facts, policy));
};

function judgeEmployment(facts: SubsidyFacts, policy: PolicyVersion): Criterion {
  const { minContractMonths, registeredBusinessQualifies } = policy.commonConditions;
  const min = minContractMonths.value;
  const job = facts.employment;
  const id = 'subsidy.employment';
  const c = minContractMonths.clause;
  if (job === undefined)
    return dataCriterion(id, 'needs_evidence', null, min, c, sentence('eligibility.employment.unknown'));
  if (!job.inQingyang) {
    return dataCriterion(
      id,
      'fail',
      job.kind,
      'qingyang',
      c,
      sentence('eligibility.employment.notInQingyang'),
    );
  }
  if (job.kind === 'business') {
    const b = registeredBusinessQualifies;
    return b.value
      ? dataCriterion(
          id,
          'pass',
          'business',
          'business',
          b.clause,
          sentence('eligibility.employment.businessPass'),
        )
      : dataCriterion(
          id,
          'fail',
          'business',
          min,
          b.clause,
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
}

// 二(一)4: a graduate who settled first unlocks employment-linked incentives only by reporting in time.
const employmentReport: Rule<SubsidyFacts> = (facts, policy) => {
  const report = facts.employmentReport;
  if (report === undefined) return null;
  const closesOn = addMonths(report.settledOn, policy.employmentReport.windowMonths.value);
  const c = policy.employmentReport.windowMonths.clause;
  const id = 'subsidy.employmentReport';
  const { reportedOn } = report;
  if (reportedOn !== undefined && reportedOn <= closesOn) {
    return dataCriterion(
      id,
      'pass',
      reportedOn,
      closesOn,
      c,
      sentence('eligibility.employmentReport.pass', { reportedOn, closesOn }),
    );
  }
  if (reportedOn === undefined && facts.claimDate <= closesOn) {
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
    reportedOn ?? null,
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
  const firstTime = previous === undefined ? undefined : previous === 0;
  const params = { tier: term(`tier.${facts.tier}`) };
  return flag(
    policy,
    'subsidy.firstClaim',
    firstTime,
    rule.clause,
    'eligibility.firstClaim',
    params,
    facts.tier,
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
