import { z } from '@hono/zod-openapi';
import {
  availableActions,
  type Evaluation,
  maskResidentId,
  type Principal,
  type SettlementState,
  settlementMachine,
  settlementStates,
  type Tier,
  todayInChina,
  workingDaysBetween,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { maskMobile } from '../../platform/messages.js';
import type { Pii } from '../../platform/pii.js';
import { criterionSchema, evaluationSchema, holderSchema, tierSchema } from '../../platform/responses.js';
import { loadCalendar } from '../calendar/service.js';
import { recordOf } from './record.js';
import * as repo from './repository.js';

const criterionValue = criterionSchema.shape.measured;

export const instantRuleSchema = z.strictObject({
  id: z.string(),
  clause: z.string(),
  measured: criterionValue,
  required: criterionValue,
  member: z.number().int().optional(),
});
export type InstantRule = z.infer<typeof instantRuleSchema>;

const employmentStatusSchema = z.enum(['not_yet', 'reported', 'confirmed', 'declined', 'missed']);
export type EmploymentStatus = z.infer<typeof employmentStatusSchema>;

export const historyEntrySchema = z
  .strictObject({
    at: z.string(),
    event: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    reason: z.string().nullable(),
    actorKind: z.string().nullable(),
    /** Staff names are shown to bureau staff only. */
    actorName: z.string().nullable(),
  })
  .openapi('HistoryEntry');
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const nameRef = z.strictObject({ id: z.string(), name: z.string() });

export const applicationViewSchema = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    state: z.enum(settlementStates),
    holder: holderSchema,
    route: z.string(),
    settleAt: z.string(),
    countyCode: z.string(),
    address: z.string().nullable(),
    applicant: z.strictObject({
      id: z.string(),
      name: z.string(),
      residentId: z.string().nullable(),
      mobile: z.string(),
      /** 已核验 how, or null (decision 0008): 秒批 waits for a reviewer while it is null. */
      identityVerifiedBy: z.enum(['card_registry', 'bureau_document_check']).nullable(),
    }),
    employer: nameRef.nullable(),
    policeStation: z.strictObject({ id: z.string(), name: z.string(), countyCode: z.string() }).nullable(),
    relative: z.strictObject({ name: z.string(), relation: z.string(), residentId: z.string() }).nullable(),
    education: z.record(z.string(), z.string()).nullable(),
    tier: tierSchema.nullable(),
    greenChannel: z.boolean(),
    /** The card number named for the green channel (二(一)5). */
    talentCardNumber: z.string().nullable(),
    /** 秒批: when the system approved the case and the rules that passed, as its audit row records them. */
    instantApproval: z
      .strictObject({
        at: z.string(),
        policyVersionId: z.string().nullable(),
        rules: z.array(instantRuleSchema),
      })
      .nullable(),
    members: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        relation: z.string(),
        residentId: z.string(),
        documentId: z.string().nullable(),
      }),
    ),
    /** The electronic inter-provincial transfer stands in for the paper migration certificate. */
    electronicTransfer: z.boolean(),
    documents: z.array(
      z.strictObject({
        id: z.string(),
        kind: z.string(),
        mime: z.string(),
        sizeBytes: z.number().int(),
        originalName: z.string(),
        createdAt: z.string(),
      }),
    ),
    collective: z
      .strictObject({
        status: z.enum(['pending', 'accepted', 'declined']).nullable(),
        reason: z.string().nullable(),
      })
      .nullable(),
    eligibility: evaluationSchema.nullable(),
    submittedAt: z.string().nullable(),
    dueOn: z.string().nullable(),
    overdueWorkingDays: z.number().int(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
    registration: z
      .strictObject({
        householdNumber: z.string(),
        registrationDate: z.string().nullable(),
        registeredAt: z.string().nullable(),
      })
      .nullable(),
    permit: z
      .strictObject({ number: z.string(), verificationCode: z.string(), issuedAt: z.string() })
      .nullable(),
    employment: z
      .strictObject({
        closesOn: z.string().nullable(),
        status: employmentStatusSchema,
        report: z
          .strictObject({
            id: z.string(),
            employer: nameRef,
            contractStart: z.string(),
            contractMonths: z.number().int(),
            position: z.string(),
            status: z.enum(['reported', 'confirmed', 'declined']),
            decisionReason: z.string().nullable(),
          })
          .nullable(),
      })
      .nullable(),
    version: z.number().int(),
    availableActions: z.array(z.string()),
    history: z.array(historyEntrySchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SettlementApplication');
export type ApplicationView = z.infer<typeof applicationViewSchema>;

/** One line of the applicant's own list. */
export const applicationSummarySchema = applicationViewSchema
  .pick({
    id: true,
    number: true,
    state: true,
    holder: true,
    settleAt: true,
    countyCode: true,
    submittedAt: true,
    dueOn: true,
    version: true,
    createdAt: true,
  })
  .openapi('SettlementApplicationSummary');
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

const awaitingDecision: readonly string[] = ['submitted', 'under_review'];
const settled: readonly string[] = [
  'registered',
  'employment_reported',
  'employment_confirmed',
  'employment_window_missed',
];

/** The application as the contract describes it, identifiers masked, with the caller's actions. */
export async function applicationView(
  db: Db,
  actor: Principal,
  row: repo.ApplicationRow,
  pii: Pii,
  today = todayInChina(),
): Promise<ApplicationView> {
  const [applicant, employer, station, members, documents, permit, report, history, record] =
    await Promise.all([
      repo.findApplicant(db, row.applicant_user_id),
      row.employer_id ? repo.findEmployer(db, row.employer_id) : undefined,
      row.police_station_id ? repo.findPoliceStation(db, row.police_station_id) : undefined,
      repo.listMembers(db, row.id),
      repo.listDocuments(db, row.id),
      repo.findPermit(db, row.id),
      repo.latestEmploymentReport(db, row.id),
      repo.history(db, row.id),
      recordOf(db, row, today),
    ]);
  const mask = (enc: string) => maskResidentId(pii.decrypt(enc));
  return {
    id: row.id,
    number: row.number,
    state: row.state as SettlementState,
    holder: settlementMachine.holders[row.state as SettlementState] ?? null,
    route: row.route,
    settleAt: row.settle_at,
    countyCode: row.county_code,
    address: row.address,
    applicant: {
      id: row.applicant_user_id,
      identityVerifiedBy: applicant?.identity_verification_method ?? null,
      name: applicant?.name ?? '',
      residentId: applicant?.resident_id_enc ? mask(applicant.resident_id_enc) : null,
      mobile: maskMobile(applicant?.login ?? ''),
    },
    employer: employer ? { id: employer.id, name: employer.name } : null,
    policeStation: station ? { id: station.id, name: station.name, countyCode: station.county_code } : null,
    relative: row.relative
      ? {
          name: row.relative.name,
          relation: row.relative.relation,
          residentId: mask(row.relative.residentIdEnc),
        }
      : null,
    education: row.education,
    tier: row.tier as Tier | null,
    greenChannel: row.green_channel,
    talentCardNumber: row.talent_card_number,
    instantApproval: row.instant_approved_at ? instantApprovalOf(history) : null,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      relation: m.relation,
      residentId: mask(m.resident_id_enc),
      documentId: m.document_id,
    })),
    electronicTransfer: row.electronic_transfer,
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      mime: d.mime,
      sizeBytes: d.size_bytes,
      originalName: d.original_name,
      createdAt: d.created_at.toISOString(),
    })),
    collective:
      row.settle_at === 'employer_collective'
        ? { status: row.collective_status, reason: row.collective_reason }
        : null,
    eligibility: (row.eligibility as Evaluation | null) ?? null,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    dueOn: row.due_on,
    overdueWorkingDays: await overdue(db, row, today),
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionReason: row.decision_reason,
    registration: row.household_number
      ? {
          householdNumber: row.household_number,
          registrationDate: row.registration_date,
          registeredAt: row.registered_at?.toISOString() ?? null,
        }
      : null,
    permit: permit
      ? {
          number: permit.number,
          verificationCode: permit.verification_code,
          issuedAt: permit.issued_at.toISOString(),
        }
      : null,
    employment: settled.includes(row.state) && row.route === 'graduate' ? employmentOf(row, report) : null,
    version: row.version,
    availableActions: availableActions(settlementMachine, record, actor, { today }),
    history: history.map((h) => historyEntryOf(h, 'settlement', actor.kind === 'bureau')),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Working days past the service deadline of a case still waiting for its decision. */
async function overdue(db: Db, row: repo.ApplicationRow, today: string): Promise<number> {
  if (!awaitingDecision.includes(row.state) || row.due_on === null || row.due_on >= today) return 0;
  return workingDaysBetween(await loadCalendar(db), row.due_on, today);
}

function employmentOf(
  row: repo.ApplicationRow,
  report: Awaited<ReturnType<typeof repo.latestEmploymentReport>>,
): NonNullable<ApplicationView['employment']> {
  const status: EmploymentStatus =
    row.state === 'employment_reported'
      ? 'reported'
      : row.state === 'employment_confirmed'
        ? 'confirmed'
        : row.state === 'employment_window_missed'
          ? 'missed'
          : report?.status === 'declined'
            ? 'declined'
            : 'not_yet';
  return {
    closesOn: row.employment_report_closes_on,
    status,
    report: report
      ? {
          id: report.id,
          employer: { id: report.employer_id, name: report.employer_name },
          contractStart: report.contract_start,
          contractMonths: report.contract_months,
          position: report.position,
          status: report.status,
          decisionReason: report.decision_reason,
        }
      : null,
  };
}

// The latest instant approval's audit row: the rules it names are what the system decided on.
function instantApprovalOf(
  history: Awaited<ReturnType<typeof repo.history>>,
): ApplicationView['instantApproval'] {
  const entry = history.findLast((h) => h.action === 'settlement.instant_approve');
  if (!entry) return null;
  return {
    at: entry.at.toISOString(),
    policyVersionId: stringOrNull(entry.details.policyVersionId),
    rules: Array.isArray(entry.details.rules) ? (entry.details.rules as InstantRule[]) : [],
  };
}

/** A case's audit row as its history shows it: the event without the entity's prefix. */
export function historyEntryOf(
  h: {
    at: Date;
    action: string;
    details: Record<string, unknown>;
    actor_kind: string | null;
    actor_name: string | null;
  },
  entity: string,
  /** Staff names are shown to bureau staff only. */
  showNames: boolean,
): HistoryEntry {
  return {
    at: h.at.toISOString(),
    event: h.action.startsWith(`${entity}.`) ? h.action.slice(entity.length + 1) : h.action,
    from: stringOrNull(h.details.from),
    to: stringOrNull(h.details.to),
    reason: stringOrNull(h.details.reason),
    actorKind: h.actor_kind,
    actorName: showNames ? h.actor_name : null,
  };
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
