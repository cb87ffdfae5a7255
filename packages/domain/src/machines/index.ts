export { type AwardEvent, type AwardRecord, type AwardState, awardMachine, awardStates } from './award';
export {
  type DisbursementBatchEvent,
  type DisbursementBatchRecord,
  type DisbursementBatchState,
  disbursementBatchMachine,
  disbursementBatchStates,
} from './disbursementBatch';
export {
  availableActions,
  type EventSpec,
  type Guard,
  type GuardContext,
  type Holder,
  type Machine,
  type MachineRecord,
  type Refusal,
  type RefusalReason,
  reasonRequired,
  refusalErrorCode,
  type TransitionResult,
  transition,
} from './machine';
export {
  type PaymentLineEvent,
  type PaymentLineRecord,
  type PaymentLineState,
  paymentLineMachine,
  paymentLineStates,
} from './paymentLine';
export { mayAct, type Parties, type Principal, type SystemActor, systemActor, type Who } from './principal';
export {
  type SettlementEvent,
  type SettlementRecord,
  type SettlementState,
  settlementMachine,
  settlementStates,
} from './settlement';
export {
  type SubsidyClaimEvent,
  type SubsidyClaimRecord,
  type SubsidyClaimState,
  subsidyClaimMachine,
  subsidyClaimStates,
} from './subsidyClaim';
