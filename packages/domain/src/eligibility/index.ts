export {
  type Criterion,
  type CriterionStatus,
  type CriterionValue,
  type EligibilityOutcome,
  outcomeOf,
} from './criterion';
export { type Evaluation, evaluate, type Rule } from './evaluate';
export {
  canApproveInstantly,
  evaluateSettlement,
  evaluateSubsidy,
  evaluateSubsidyPayment,
} from './evaluators';
export {
  type DocumentKind,
  type Documents,
  documentCriterion,
  documentKinds,
  type EvidenceState,
} from './evidence';
export { type PaymentHoldReason, paymentHoldReasons, subsidyPaymentConditions } from './paymentRules';
export {
  type FamilyMemberFacts,
  type Relation,
  relations,
  type SettlementFacts,
  type SettlementPlace,
  type SettlementRoute,
  settlementPlaces,
  settlementRoutes,
  type TalentCardCheck,
  type TownKind,
  townKinds,
} from './settlementFacts';
export { type RouteSpec, routeSpecs } from './settlementRoutes';
export type { EmploymentFacts, SubsidyFacts, SubsidyPaymentFacts } from './subsidyFacts';
