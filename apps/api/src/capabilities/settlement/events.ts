import {
  addDays,
  type Evaluation,
  employmentReportSchedule,
  employmentReportSchema,
  evaluateSettlement,
  maskName,
  membersMissingProof,
  missingDocuments,
  type Principal,
  registrationSchema,
  type SettlementEvent,
  type SettlementRecord,
  type SettlementState,
  serviceDeadline,
  settlementFactsOf,
  settlementMachine,
  systemActor,
  todayInChina,
} from '@talent/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, fieldError, notFound } from '../../platform/errors.js';
import {
  type Effect,
  fireEvent,
  fireEventIfAllowed,
  type EffectInput as Input,
  type StateChanges,
} from '../../platform/transition.js';
import { loadCalendar } from '../calendar/service.js';
import { loadPolicy } from '../policy/service.js';
import { draftOf } from './draft.js';
import { checkTalentCard, failedCardCriteria } from './greenChannel.js';
import { newVerificationCode } from './permitCode.js';
import { recordOf } from './record.js';
import * as repo from './repository.js';
import { type ApplicationView, applicationView } from './view.js';

export type SettlementEventInput = {
  applicationId: string;
  event: string;
  /** The version the caller saw; a stale one is refused with the current state. */
  version: number;
  reason?: string | undefined;
  /** The event's own fields: registration (register), the reported job (report_employment). */
  fields?: unknown;
};

export type EventContext = Pick<ServiceContext, 'requestId' | 'pii'> & { today?: string };

type EffectInput = Input<repo.ApplicationRow>;

/** The settlement machine's state changes: the applicant is told of each (platform/transition.ts). */
const settlementChanges: StateChanges<
  SettlementState,
  SettlementEvent,
  SettlementRecord,
  repo.ApplicationRow
> = {
  machine: settlementMachine,
  entity: 'settlement_application',
  action: (event) => `settlement.${event}`,
  lock: (trx, actor, id) =>
    actor.kind === 'system' ? repo.findForUpdate(trx, id) : repo.findVisible(trx, actor, id, { lock: true }),
  recordOf,
  update: repo.updateApplication,
  effects: {
    submit: submission,
    resubmit: submission,
    return: async ({ reason }) => ({ values: { decision_reason: reason } }),
    approve: async ({ actor, reason }) => ({
      values: { decided_at: new Date(), decided_by: actor.userId, decision_reason: reason ?? null },
    }),
    instant_approve: instantApproval,
    // Back to a person: the system's approval no longer stands (its audit row still tells it happened).
    // The reason is in the history the applicant signs in to read, never in the SMS.
    pull_back: async () => ({ values: { decided_at: null, decided_by: null, instant_approved_at: null } }),
    reject: async ({ actor, reason }) => ({
      values: { decided_at: new Date(), decided_by: actor.userId, decision_reason: reason },
    }),
    register: registration,
    report_employment: employmentReport,
    confirm_employment: ({ trx, actor, row }) => decideReport(trx, actor, row, 'confirmed', null),
    decline_employment: async ({ trx, actor, row, reason }) => ({
      ...(await decideReport(trx, actor, row, 'declined', reason ?? null)),
      params: { closesOn: row.employment_report_closes_on ?? '' },
    }),
    close_employment_window: async ({ row }) => ({
      params: { closesOn: row.employment_report_closes_on ?? '' },
    }),
  },
  notice: (row, event, params) => ({
    userId: row.applicant_user_id,
    kind: `notification.settlement.${event}`,
    params: { number: row.number, ...params },
    entity: 'settlement_application',
    entityId: row.id,
  }),
};

/**
 * Fires an event of the settlement machine on an application, for every role alike, through the one
 * runner (lock, version, machine, effects, audit, notice in one transaction); a submission that
 * qualifies is approved at once in the same transaction. Returns the application as it now is.
 */
export async function fireSettlementEvent(
  db: Db,
  actor: Principal,
  input: SettlementEventInput,
  ctx: EventContext,
): Promise<ApplicationView> {
  const today = ctx.today ?? todayInChina();
  const { applicationId: id, ...event } = input;
  await inTransaction(db, async (trx) => {
    const fired = await fireEvent(trx, settlementChanges, actor, { id, ...event }, { ...ctx, today });
    // 秒批 within the submission itself, so the case reaches the registrar in the same request.
    if (fired.to === 'submitted') await instantApprovalIfDue(trx, id, ctx, today);
  });
  const row =
    actor.kind === 'system' ? await repo.findForUpdate(db, id) : await repo.findVisible(db, actor, id);
  if (!row) throw notFound();
  return applicationView(db, actor, row, ctx.pii, today);
}

/**
 * Instant approval (秒批, 二(一)5): a green case whose every check was measured from data and passed,
 * with the policy's switch on (and, for an employer's collective household, the employer's yes) is
 * approved by the system at once; otherwise nothing happens and a reviewer takes it up. Called in the
 * transaction of the submission and of the employer's acceptance.
 */
export async function instantApprovalIfDue(
  trx: Db,
  applicationId: string,
  ctx: EventContext,
  today = todayInChina(),
): Promise<void> {
  await fireEventIfAllowed(
    trx,
    settlementChanges,
    systemActor,
    { id: applicationId, event: 'instant_approve', version: null },
    { ...ctx, today },
  );
}

function parseFields<S extends z.ZodType>(schema: S, fields: unknown): z.output<S> {
  const parsed = schema.safeParse(fields ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw fieldError(issue?.path.join('.') || 'fields', issue?.message ?? 'validation.required');
}

/**
 * Submission (二(一)4, 二(一)5): the documents the clause names must be there; the server evaluates
 * eligibility with the policy in force today and keeps the trace, and sets the working-day deadline
 * of the service level (5 working days ordinarily, 1 in the green channel). A green-channel case is
 * checked against the card registry first: a failed card check refuses the submission with each
 * failing criterion, and the applicant may switch the draft to the ordinary route (decision 0006).
 * An employer's collective household is asked to accept the applicant (二(二)4).
 */
async function submission({ trx, row, today, ctx }: EffectInput): Promise<Effect> {
  const green = row.route === 'talent_card';
  const applicant = await repo.findApplicant(trx, row.applicant_user_id);
  // The graduate route rests on the education on file; a card holder's proof is the card itself.
  if (!applicant || (!green && (!applicant.graduation_date || !applicant.tier || !applicant.school))) {
    throw new ApiError('validation_failed', { messageKey: 'validation.profile.incomplete' });
  }
  const draft = await draftOf(trx, row, ctx.pii);
  const current = { state: row.state, version: row.version };
  const missing = missingDocuments(draft);
  if (missing.length > 0) {
    throw new ApiError('conflict', {
      messageKey: 'error.conflict.documentsMissing',
      details: { ...current, missing },
    });
  }
  const missingProof = green ? membersMissingProof(draft) : [];
  if (missingProof.length > 0) {
    throw new ApiError('conflict', {
      messageKey: 'error.conflict.memberProofMissing',
      details: { ...current, members: missingProof },
    });
  }
  const card = green ? await checkTalentCard(trx, applicant, draft.talentCardNumber) : undefined;
  const [policy, calendar] = await Promise.all([loadPolicy(trx, today), loadCalendar(trx)]);
  const evaluation = evaluateSettlement(
    settlementFactsOf({
      draft,
      applicationDate: today,
      graduationDate: applicant.graduation_date ?? undefined,
      talentCard: card?.check,
    }),
    policy,
  );
  const cardFailures = green ? failedCardCriteria(evaluation) : [];
  if (cardFailures.length > 0) {
    throw new ApiError('conflict', {
      messageKey: 'error.conflict.talentCardFailed',
      details: { ...current, criteria: cardFailures },
    });
  }
  const dueOn = serviceDeadline(calendar, policy, today, green ? 'green' : 'ordinary');
  const collectiveStatus =
    row.settle_at === 'employer_collective' && row.collective_status !== 'accepted'
      ? 'pending'
      : row.collective_status;
  return {
    values: {
      eligibility: JSON.stringify(evaluation),
      due_on: dueOn,
      submitted_at: new Date(),
      decision_reason: null,
      tier: applicant.tier,
      education: JSON.stringify(educationOf(applicant)),
      collective_status: collectiveStatus,
      collective_reason: collectiveStatus === 'pending' ? null : row.collective_reason,
      green_channel: green,
      talent_card_id: card?.cardId ?? null,
      overdue_alerted_at: null,
    },
    params: { dueOn },
    audit: { outcome: evaluation.outcome, dueOn, policyVersionId: evaluation.policyVersionId, green },
  };
}

/**
 * 秒批: the audit row names each rule that passed — criterion, clause, what was measured against what
 * was required — so the bureau can show why the system decided.
 */
async function instantApproval({ row }: EffectInput): Promise<Effect> {
  const evaluation = row.eligibility as Evaluation;
  return {
    values: { decided_at: new Date(), decided_by: null, instant_approved_at: new Date() },
    audit: {
      policyVersionId: evaluation.policyVersionId,
      rules: evaluation.criteria.map((c) => ({
        id: c.id,
        clause: c.clause,
        measured: c.measured,
        required: c.required,
        ...(c.member === undefined ? {} : { member: c.member }),
      })),
    },
  };
}

export function educationOf(applicant: NonNullable<Awaited<ReturnType<typeof repo.findApplicant>>>) {
  return {
    registeredPlace: applicant.registered_place ?? '',
    school: applicant.school ?? '',
    tier: applicant.tier ?? '',
    major: applicant.major ?? '',
    graduationDate: applicant.graduation_date ?? '',
    certificateNo: applicant.certificate_no ?? '',
  };
}

/**
 * The registrar's act: the household number, station and date are recorded and the move-in permit
 * (准予迁入证明) issued. A graduate who settled first now has the policy's window to report
 * employment, with reminders before it closes (二(一)4).
 */
async function registration({ trx, row, fields }: EffectInput): Promise<Effect> {
  const input = parseFields(registrationSchema, fields);
  const stationId = input.policeStationId ?? row.police_station_id;
  if (stationId && !(await repo.findPoliceStation(trx, stationId))) {
    throw fieldError('policeStationId', 'validation.id.invalid');
  }
  const applicant = await repo.findApplicant(trx, row.applicant_user_id);
  const year = input.registrationDate.slice(0, 4);
  const permitNumber = await repo.nextPermitNumber(trx, year);
  await repo.insertPermit(trx, {
    application_id: row.id,
    number: permitNumber,
    verification_code: newVerificationCode(),
    masked_name: maskName(applicant?.name ?? ''),
  });
  const values: Record<string, unknown> = {
    household_number: input.householdNumber,
    registration_date: input.registrationDate,
    registered_at: new Date(),
    police_station_id: stationId ?? null,
  };
  let closesOn = '';
  if (row.route === 'graduate') {
    const schedule = employmentReportSchedule(
      await loadPolicy(trx, input.registrationDate),
      input.registrationDate,
    );
    closesOn = schedule.closesOn;
    values.employment_report_closes_on = closesOn;
    await repo.insertReminders(trx, row.id, [
      ...schedule.remindOn.map((due) => ({ kind: `employment_reminder:${due}`, due_on: due })),
      // The day after the window closes, the scheduler records that it closed without a report.
      { kind: 'employment_window_close', due_on: addDays(closesOn, 1) },
    ]);
  }
  return { values, params: { closesOn }, audit: { permitNumber, registrationDate: input.registrationDate } };
}

/** Work later (二(一)4): the graduate names the employer, which then confirms or declines. */
async function employmentReport({ trx, row, fields }: EffectInput): Promise<Effect> {
  const input = parseFields(employmentReportSchema, fields);
  const employer = await repo.findEmployer(trx, input.employerId);
  if (employer?.status !== 'verified') throw fieldError('employerId', 'validation.employer.notVerified');
  const report = await repo.insertEmploymentReport(trx, {
    application_id: row.id,
    applicant_user_id: row.applicant_user_id,
    employer_id: employer.id,
    contract_start: input.contractStart,
    contract_months: input.contractMonths,
    position: input.position,
  });
  return { audit: { employmentReportId: report.id, employerId: employer.id } };
}

async function decideReport(
  trx: Db,
  actor: Principal,
  row: repo.ApplicationRow,
  status: 'confirmed' | 'declined',
  reason: string | null,
): Promise<Effect> {
  const report = await repo.latestEmploymentReport(trx, row.id);
  if (report?.status !== 'reported') {
    throw new ApiError('conflict', { details: { state: row.state, version: row.version } });
  }
  await repo.decideEmploymentReport(trx, report.id, {
    status,
    decided_by: actor.userId,
    decision_reason: reason,
  });
  return { audit: { employmentReportId: report.id } };
}
