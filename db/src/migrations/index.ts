import type { Migration } from 'kysely';
import * as accounts from './2026_11_28_1630_accounts.js';
import * as settlement from './2026_11_28_1700_settlement.js';
import * as collectiveDecision from './2026_11_28_1820_collective_decision.js';
import * as settlementIdempotency from './2026_11_28_1830_settlement_idempotency.js';
import * as electronicTransfer from './2026_11_28_1840_settlement_electronic_transfer.js';
import * as settlementQueueAll from './2026_11_28_1855_settlement_queue_all.js';
import * as settlementQueueAwaiting from './2026_11_28_1856_settlement_queue_awaiting.js';
import * as applicantNameIndex from './2026_11_28_1857_applicant_name_index.js';
import * as subsidyCore from './2026_11_28_1900_subsidy_core.js';
import * as talentCard from './2026_11_28_1910_talent_card.js';
import * as greenChannel from './2026_11_28_1920_green_channel.js';
import * as memberOrder from './2026_11_28_1921_settlement_member_order.js';
import * as publicNotice from './2026_11_28_1930_public_notice.js';
import * as disbursement from './2026_11_28_1940_disbursement.js';
import * as disbursementLean from './2026_11_28_1941_disbursement_lean.js';
import * as subsidyAftercare from './2026_11_28_1950_subsidy_aftercare.js';
import * as settlementDecidedIndex from './2026_11_28_2000_settlement_decided_index.js';
import * as moneyTrust from './2026_12_04_1100_money_trust.js';
import * as staffPerson from './2026_12_04_1200_staff_person.js';
import * as identityVerification from './2026_12_04_1210_identity_verification.js';
import * as signInRecovery from './2026_12_04_1300_sign_in_recovery.js';
import * as appRole from './2026_12_04_1400_app_role.js';
import * as auditChain from './2026_12_04_1410_audit_chain.js';
import * as documentBlob from './2026_12_04_1500_document_blob.js';
import * as payeeChangePerson from './2026_12_04_1600_payee_change_person.js';

// Listed here rather than read from the folder, so that migrations run the same under tsx,
// a bundle, or a test runner. Names sort by time; never rename or edit a landed one.
export const migrations: Record<string, Migration> = {
  '2026_11_28_1630_accounts': accounts,
  '2026_11_28_1700_settlement': settlement,
  '2026_11_28_1820_collective_decision': collectiveDecision,
  '2026_11_28_1830_settlement_idempotency': settlementIdempotency,
  '2026_11_28_1840_settlement_electronic_transfer': electronicTransfer,
  '2026_11_28_1855_settlement_queue_all': settlementQueueAll,
  '2026_11_28_1856_settlement_queue_awaiting': settlementQueueAwaiting,
  '2026_11_28_1857_applicant_name_index': applicantNameIndex,
  '2026_11_28_1900_subsidy_core': subsidyCore,
  '2026_11_28_1910_talent_card': talentCard,
  '2026_11_28_1920_green_channel': greenChannel,
  '2026_11_28_1921_settlement_member_order': memberOrder,
  '2026_11_28_1930_public_notice': publicNotice,
  '2026_11_28_1940_disbursement': disbursement,
  '2026_11_28_1941_disbursement_lean': disbursementLean,
  '2026_11_28_1950_subsidy_aftercare': subsidyAftercare,
  '2026_11_28_2000_settlement_decided_index': settlementDecidedIndex,
  '2026_12_04_1100_money_trust': moneyTrust,
  '2026_12_04_1200_staff_person': staffPerson,
  '2026_12_04_1210_identity_verification': identityVerification,
  '2026_12_04_1300_sign_in_recovery': signInRecovery,
  '2026_12_04_1400_app_role': appRole,
  '2026_12_04_1410_audit_chain': auditChain,
  '2026_12_04_1500_document_blob': documentBlob,
  '2026_12_04_1600_payee_change_person': payeeChangePerson,
};
