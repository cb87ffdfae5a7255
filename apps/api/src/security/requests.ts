import { type ActorRole, bureauRoles, caseDocumentReaders, defaultPolicyVersion } from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import { newVersion } from '../capabilities/policy/fixtures.js';
import { bankInput } from '../capabilities/subsidyClaims/fixtures.js';
import { TEST_PASSWORD, uniqueMobile, uniqueUsername } from '../testing/index.js';
import type { RecordKind, World } from './world.js';

// How to call each operation for real: which record its {id} names, and a body and query the
// validation accepts, so that a 403 is not hidden behind a 400 or a 404. An operation missing here is
// called with a body sampled from its schema and a missing record's id.

export type RequestSpec = {
  /** The record kind the path's id names (the first path parameter). */
  record?: RecordKind;
  /** Other path parameters, verbatim. */
  params?: Record<string, string>;
  /** A query string the validation accepts (without '?'). */
  query?: string;
  body?: (world: World) => unknown;
  /**
   * Roles the operation's line allows that the service still refuses (403) on this kind of record:
   * a finer, per-record rule (e.g. who may open a settlement's files).
   */
  refusedOnRecord?: readonly ActorRole[];
};

const version = { version: 1 };
const draftBody = (w: World) => ({
  route: 'graduate',
  settleAt: 'police_station_collective',
  countyCode: '621002',
  policeStationId: w.policeStation.id,
  members: [],
  documents: { residentIdCard: w.document.id, electronicTransfer: false },
});
const card = () => ({
  cardNumber: `LY-${uniqueUsername()}`,
  holderName: '陈立',
  holderResidentId: makeResidentId({ birthDate: '1990-01-01', sex: 'male' }),
  tier: 'A',
  issueDate: '2025-01-01',
  expiryDate: '2030-01-01',
});

export const requests: Readonly<Record<string, RequestSpec>> = {
  'PUT /api/me/profile': {
    body: () => ({ name: '测试', residentId: makeResidentId({ birthDate: '1995-05-05', sex: 'male' }) }),
  },
  // the same password again is refused (400): a change would end the callers' sessions mid-matrix
  'POST /api/me/password': { body: () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }) },
  'GET /api/bureau/applicants/{id}': { record: 'applicant' },
  'POST /api/bureau/applicants/{id}/reveal-resident-id': { record: 'applicant' },
  'POST /api/bureau/staff': {
    body: () => ({ username: uniqueUsername(), name: '新同事', roles: ['auditor'], password: TEST_PASSWORD }),
  },
  'PATCH /api/bureau/staff/{id}': { record: 'staff', body: () => ({ roles: ['auditor'] }) },
  'POST /api/notifications/{id}/read': { record: 'notification' },
  'POST /api/settlements': { body: draftBody },
  'GET /api/settlements/{id}': { record: 'settlement' },
  'PUT /api/settlements/{id}': { record: 'settlement', body: (w) => ({ ...draftBody(w), ...version }) },
  'POST /api/settlements/{id}/events': {
    record: 'settlement',
    body: () => ({ event: 'submit', ...version }),
  },
  'POST /api/settlements/{id}/reveal': { record: 'settlement' },
  'PUT /api/applicant/profile': {
    body: () => ({
      registeredPlace: '甘肃省兰州市城关区',
      school: '兰州大学',
      tier: 'bachelor',
      major: '计算机科学与技术',
      graduationDate: '2025-06-30',
      certificateNo: '107301202505001234',
    }),
  },
  // the world's document is a settlement's file: only those who handle settlements open it
  'GET /api/documents/{id}/content': {
    record: 'document',
    refusedOnRecord: bureauRoles
      .filter((r) => !caseDocumentReaders.settlement.includes(r))
      .map((r) => `bureau:${r}` as const),
  },
  'GET /api/settlements/{id}/permit': { record: 'registeredSettlement' },
  'POST /api/policy/versions': { body: () => newVersion() },
  'GET /api/policy/versions/{key}/diff': { params: { key: defaultPolicyVersion.id } },
  'POST /api/employer/staff': {
    body: () => ({ name: '新同事', mobile: uniqueMobile(), password: TEST_PASSWORD }),
  },
  'POST /api/bureau/employers/{id}/decision': {
    record: 'pendingEmployer',
    body: () => ({ decision: 'reject', reason: '材料不全' }),
  },
  'POST /api/employer/collective-requests/{applicationId}/accept': {
    record: 'collectiveRequest',
    body: () => version,
  },
  'POST /api/employer/collective-requests/{applicationId}/decline': {
    record: 'collectiveRequest',
    body: () => ({ ...version, reason: '名额已满' }),
  },
  'POST /api/employer/employment-reports/{id}/confirm': { record: 'employmentReport', body: () => version },
  'POST /api/employer/employment-reports/{id}/decline': {
    record: 'employmentReport',
    body: () => ({ ...version, reason: '查无此人' }),
  },
  'GET /api/disbursements/preview': { query: 'dueAsOf=2020-01-01' },
  'POST /api/disbursements/failed-lines/{id}/reissue': { record: 'paymentLine', body: () => version },
  'POST /api/disbursements': { body: () => ({ dueAsOf: '2020-01-01' }) },
  'GET /api/disbursements/{id}': { record: 'batch' },
  'GET /api/disbursements/{id}/lines': { record: 'batch' },
  'POST /api/disbursements/{id}/events': { record: 'batch', body: () => ({ event: 'approve', ...version }) },
  'GET /api/disbursements/{id}/roster.csv': { record: 'batch' },
  'GET /api/disbursements/{id}/roster.xlsx': { record: 'batch' },
  'POST /api/disbursements/{id}/results': { record: 'batch' },
  'GET /api/disbursements/{id}/imports': { record: 'batch' },
  'GET /api/payment-holds': { query: 'dueAsOf=2020-01-01' },
  'GET /api/bureau/clawbacks/{id}': { record: 'clawback' },
  'POST /api/bureau/clawbacks/{id}/events': {
    record: 'clawback',
    body: () => ({ event: 'assess_clawback', ...version }),
  },
  'POST /api/employer/awards/{id}/contributions': {
    record: 'employerAward',
    body: () => ({ fromMonth: '2025-01', toMonth: '2025-02' }),
  },
  'POST /api/employer/awards/{id}/departure': {
    record: 'employerAward',
    body: () => ({ departedOn: '2026-01-15' }),
  },
  'GET /api/bureau/contribution-imports/{id}': { record: 'contributionImport' },
  'POST /api/subsidy-claims': { body: () => bankInput },
  'GET /api/subsidy-claims/{id}': { record: 'subsidyClaim' },
  'PUT /api/subsidy-claims/{id}': { record: 'subsidyClaim', body: () => ({ ...bankInput, ...version }) },
  'POST /api/subsidy-claims/{id}/events': {
    record: 'subsidyClaim',
    body: () => ({ event: 'start_review', ...version }),
  },
  'POST /api/subsidy-claims/{id}/reveal': { record: 'subsidyClaim' },
  'POST /api/bureau/public-notices': { body: (w) => ({ claimIds: [w.subsidyClaim.id] }) },
  'GET /api/bureau/public-notices/{id}': { record: 'notice' },
  'POST /api/bureau/public-notices/{id}/publish': { record: 'notice', body: () => version },
  'POST /api/bureau/public-notices/{id}/discard': { record: 'notice', body: () => version },
  'POST /api/bureau/public-notices/{id}/close': { record: 'notice', body: () => version },
  'POST /api/bureau/public-notices/{id}/objections': {
    record: 'notice',
    body: (w) => ({ claimId: w.subsidyClaim.id, source: 'phone', summary: '举报' }),
  },
  'POST /api/bureau/notice-objections/{id}/resolution': {
    record: 'objection',
    body: () => ({ decision: 'dismiss', reason: '查无实据', ...version }),
  },
  'POST /api/talent-cards': { body: card },
  'GET /api/talent-cards/{id}/history': { record: 'talentCard' },
  'PATCH /api/talent-cards/{id}': { record: 'talentCard', body: () => ({ ...card(), ...version }) },
  'POST /api/talent-cards/{id}/revoke': {
    record: 'talentCard',
    body: () => ({ reason: '证件失效', ...version }),
  },
  'POST /api/talent-cards/{id}/reveal': { record: 'talentCard' },
  'GET /api/talent-cards/imports/{id}': { record: 'cardImport' },
  'POST /api/talent-cards/imports/{id}/commit': { record: 'cardImport', body: () => ({ mode: 'all' }) },
};
