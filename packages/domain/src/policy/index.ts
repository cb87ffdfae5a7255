export { clause, POLICY_DOCUMENT } from './clauses';
export {
  type Channel,
  type EmploymentReportSchedule,
  employmentReportSchedule,
  publicNoticeEndsOn,
  serviceDeadline,
} from './deadlines';
export { defaultPolicyVersion } from './defaultPolicy';
export { diffPolicyVersions, type PolicyChange, type PolicyValue } from './diff';
export { policyInForce } from './policyInForce';
export {
  type PolicyParam,
  type PolicyVersion,
  policyVersionSchema,
  type TierPolicy,
  tierPolicySchema,
} from './schema';
export { type Tier, tiers } from './tiers';
