import {
  type Actor,
  type Award,
  type AwardEvent,
  type AwardRecord,
  availableActions,
  awardMachine,
  type Clawback,
  type ClawbackRecover,
  type ClawbackStage,
  type ClawbackWaive,
  calculateClawback,
  type DepartureReport,
  formatFen,
  hasBureauRole,
  maskName,
  type PageQuery,
  type PolicyVersion,
  type Tier,
  todayInChina,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { assertCurrentVersion, conflict, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { stopAwardInBatches } from '../disbursements/awardStop.js';
import { employerOf } from '../employers/access.js';
import { notify } from '../notifications/service.js';
import { loadPolicyById } from '../policy/service.js';
import { checkAwardEvent } from './events.js';
import * as repo from './repository.js';

/** Bureau roles that read clawbacks; the actions themselves are the award machine's to allow. */
const readers = ['reviewer', 'approver', 'finance', 'admin', 'auditor'] as const;

function assertReader(actor: Actor): void {
  if (!readers.some((role) => hasBureauRole(actor, role))) throw forbidden();
}

/** The amount in a notification: '1,234.5' (the message says 元). */
const yuan = (fen: number) => formatFen(fen, 'zh-CN').replace(/元$/, '');

async function policyOf(db: Db, award: repo.AwardRow): Promise<PolicyVersion> {
  const policy = await loadPolicyById(db, award.policy_version_id);
  // An award names the version it was approved under; losing it is a data error, not the caller's.
  if (!policy) throw new Error(`award ${award.id}: policy version not found`);
  return policy;
}

export type DepartureResult = {
  awardId: string;
  departedOn: string;
  withinCommitment: boolean;
  state: repo.AwardRow['state'];
  cancelledLines: number;
  cancelledFen: number;
};

/**
 * The employer reports that a person left (离职). Within the service commitment the award stops
 * (report_departure) and its lines not yet paid nor with the bank are cancelled at once, those in a
 * batch not yet sent to the bank included (withdrawn from it), so no batch pays them; the bureau then
 * assesses the clawback (二(四)5). After the commitment the departure is only recorded. One
 * departure per award; the graduate is told either way.
 */
export async function reportDeparture(
  db: Db,
  actor: Actor,
  awardId: string,
  input: DepartureReport,
  ctx: ServiceContext,
): Promise<DepartureResult> {
  const employerId = employerOf(actor);
  if (!isUuid(awardId)) throw notFound();
  if (input.departedOn > todayInChina()) throw fieldError('departedOn', 'validation.departure.future');
  return inTransaction(db, async (trx) => {
    const award = await repo.findAward(trx, awardId, { employerId, lock: true });
    if (!award) throw notFound();
    if (await repo.findDeparture(trx, awardId)) throw conflict('error.conflict.departureReported');
    if (award.start_date && input.departedOn < award.start_date) {
      throw fieldError('departedOn', 'validation.departure.beforeStart');
    }
    const within = award.service_ends_on === null || input.departedOn < award.service_ends_on;
    let cancelled: { line_key: string; amount_fen: number }[] = [];
    let state = award.state;
    if (within) {
      if (award.state !== 'active') throw conflict('error.conflict.awardNotActive');
      checkAwardEvent(award, 'report_departure', actor);
      await repo.updateAward(trx, award.id, 'stopped');
      // its lines in batches not yet sent go first, then those waiting (incl. any a cancelled batch
      // released meanwhile)
      const { withdrawn } = await stopAwardInBatches(trx, ctx, actor, award.id, 'award_stopped');
      cancelled = [...withdrawn, ...(await repo.cancelOpenLines(trx, award.id))];
      state = 'stopped';
    }
    await repo.insertDeparture(trx, {
      awardId: award.id,
      employerId,
      departedOn: input.departedOn,
      withinCommitment: within,
      reportedBy: actor.userId,
    });
    const cancelledFen = cancelled.reduce((sum, l) => sum + Number(l.amount_fen), 0);
    await writeAudit(trx, ctx, {
      actor,
      action: 'award.report_departure',
      entity: 'award',
      entityId: award.id,
      details: {
        departedOn: input.departedOn,
        withinCommitment: within,
        from: award.state,
        to: state,
        cancelledLines: cancelled.map((l) => l.line_key),
        cancelledFen,
      },
    });
    await notify(trx, {
      userId: award.applicant_user_id,
      kind: within ? 'notification.award.departure' : 'notification.award.departure_served',
      params: { departedOn: input.departedOn },
      entity: 'award',
      entityId: award.id,
    });
    return {
      awardId: award.id,
      departedOn: input.departedOn,
      withinCommitment: within,
      state,
      cancelledLines: cancelled.length,
      cancelledFen,
    };
  });
}

export type ClawbackItem = {
  awardId: string;
  /** masked: 王*红 */
  name: string;
  employerName: string;
  tier: Tier;
  countyCode: string;
  departedOn: string;
  serviceEndsOn: string | null;
  stage: ClawbackStage;
  amountFen: number | null;
  unservedMonths: number | null;
  reportedAt: string;
};
export type ClawbackPage = { items: ClawbackItem[]; total: number; page: number; pageSize: number };
export type ClawbackQuery = Omit<PageQuery, 'sort' | 'q'> & {
  sort?: repo.ClawbackSort | undefined;
  stage?: ClawbackStage | undefined;
};

export async function listClawbacks(db: Db, actor: Actor, query: ClawbackQuery): Promise<ClawbackPage> {
  assertReader(actor);
  const { rows, total } = await repo.listClawbacks(db, {
    stage: query.stage,
    sort: query.sort ?? 'reportedAt',
    order: query.order ?? 'desc',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: rows.map((r) => ({
      awardId: r.award_id,
      name: maskName(r.applicant_name),
      employerName: r.employer_name,
      tier: r.tier,
      countyCode: r.county_code,
      departedOn: r.departed_on,
      serviceEndsOn: r.service_ends_on,
      stage: r.stage,
      amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
      unservedMonths: r.unserved_months,
      reportedAt: r.reported_at.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function clawbackCounts(db: Db, actor: Actor): Promise<Record<ClawbackStage, number>> {
  assertReader(actor);
  const counts = await repo.stageCounts(db);
  return {
    to_assess: counts.to_assess ?? 0,
    due: counts.due ?? 0,
    recovered: counts.recovered ?? 0,
    waived: counts.waived ?? 0,
    closed: counts.closed ?? 0,
  };
}

export type ClawbackDetail = {
  awardId: string;
  name: string;
  employerName: string;
  tier: Tier;
  countyCode: string;
  policyVersionId: string;
  startDate: string | null;
  serviceEndsOn: string | null;
  totalFen: number;
  state: repo.AwardRow['state'];
  version: number;
  departure: { departedOn: string; reportedAt: string; reportedBy: string };
  lines: repo.LineSummary[];
  /** The stored assessment once made; until then what it would be today (preview). */
  calculation: Omit<Clawback, 'stoppedLines'> & { stoppedLineCount: number };
  preview: boolean;
  clawback: {
    state: 'due' | 'recovered' | 'waived';
    amountFen: number;
    assessedBy: string;
    assessedAt: string;
    recoveredOn: string | null;
    recordedBy: string | null;
    waivedBy: string | null;
    waiveReason: string | null;
  } | null;
  /** The award machine's events this reader may fire now: the page's buttons. */
  actions: AwardEvent[];
};

function compactClawback(c: Clawback): ClawbackDetail['calculation'] {
  const { stoppedLines, ...rest } = c;
  return { ...rest, stoppedLineCount: stoppedLines.length };
}

async function computeClawback(db: Db, award: repo.AwardRow, departedOn: string) {
  const policy = await policyOf(db, award);
  const paid = await repo.paidLineKeys(db, award.id);
  return calculateClawback(
    { award: award.calculation as Award, departureDate: departedOn, paidLineIds: paid },
    policy,
  );
}

async function findAwardWithDeparture(db: Db, awardId: string, lock: boolean) {
  if (!isUuid(awardId)) throw notFound();
  const award = await repo.findAward(db, awardId, { lock });
  if (!award) throw notFound();
  const departure = await repo.findDeparture(db, awardId);
  if (!departure?.within_commitment) throw notFound();
  return { award, departure };
}

function recordOf(clawback: repo.ClawbackRow | undefined, fen: number): Partial<AwardRecord> {
  return {
    clawbackFen: clawback ? Number(clawback.amount_fen) : fen,
    ...(clawback ? { clawbackAssessedBy: clawback.assessed_by_person } : {}),
  };
}

export async function clawbackDetail(db: Db, actor: Actor, awardId: string): Promise<ClawbackDetail> {
  assertReader(actor);
  return inTransaction(db, async (trx) => {
    const { award, departure } = await findAwardWithDeparture(trx, awardId, false);
    const clawback = await repo.findClawback(trx, award.id);
    const calculation = clawback
      ? (clawback.calculation as ClawbackDetail['calculation'])
      : compactClawback(await computeClawback(trx, award, departure.departed_on));
    const policy = await policyOf(trx, award);
    const record: AwardRecord = {
      state: award.state as AwardRecord['state'],
      applicantUserId: award.applicant_user_id,
      serviceEndsOn: award.service_ends_on ?? '',
      openLineCount: 0,
      clawbackWaivable: policy.clawback.value.waivable,
      ...recordOf(clawback, calculation.clawbackFen),
    };
    const actions = availableActions(awardMachine, record, actor, { today: todayInChina() }).filter(
      (e) => e !== 'report_departure' && e !== 'complete',
    );
    return {
      awardId: award.id,
      name: maskName(departure.applicant_name),
      employerName: departure.employer_name,
      tier: award.tier,
      countyCode: award.county_code,
      policyVersionId: award.policy_version_id,
      startDate: award.start_date,
      serviceEndsOn: award.service_ends_on,
      totalFen: Number(award.total_fen),
      state: award.state,
      version: award.version,
      departure: {
        departedOn: departure.departed_on,
        reportedAt: departure.reported_at.toISOString(),
        reportedBy: departure.reporter_name,
      },
      lines: await repo.lineSummary(trx, award.id),
      calculation,
      // Assessed at zero (closed) leaves no row: the figures then are final, not a preview.
      preview: clawback === undefined && award.state === 'stopped',
      clawback: clawback
        ? {
            state: clawback.state,
            amountFen: Number(clawback.amount_fen),
            assessedBy: clawback.assessed_by_name,
            assessedAt: clawback.assessed_at.toISOString(),
            recoveredOn: clawback.recovered_on,
            recordedBy: clawback.recorded_by_name,
            waivedBy: clawback.waived_by_name,
            waiveReason: clawback.waive_reason,
          }
        : null,
      actions,
    };
  });
}

export type ClawbackEventInput =
  | { event: 'assess_clawback' | 'close_without_clawback'; version: number }
  | ({ event: 'record_repayment' } & ClawbackRecover)
  | ({ event: 'waive_clawback' } & ClawbackWaive);

/** POST /bureau/clawbacks/{id}/events: the assessment, or the repayment or waiver that closes it. */
export function fireClawbackEvent(
  db: Db,
  actor: Actor,
  awardId: string,
  input: ClawbackEventInput,
  ctx: ServiceContext,
): Promise<ClawbackDetail> {
  switch (input.event) {
    case 'record_repayment':
      return settle(db, actor, awardId, { kind: 'recover', input }, ctx);
    case 'waive_clawback':
      return settle(db, actor, awardId, { kind: 'waive', input }, ctx);
    default:
      return assess(db, actor, awardId, input, ctx);
  }
}

/**
 * The reviewer assesses a stopped award: calculateClawback under the award's own policy version, from
 * the lines actually paid. Lines still with the bank must come back first (paid or failed), or the
 * amount would be wrong. Something to recover → clawback_due and a clawback row; nothing → closed.
 */
async function assess(
  db: Db,
  actor: Actor,
  awardId: string,
  input: { event: 'assess_clawback' | 'close_without_clawback'; version: number },
  ctx: ServiceContext,
): Promise<ClawbackDetail> {
  assertReader(actor);
  await inTransaction(db, async (trx) => {
    const { award, departure } = await findAwardWithDeparture(trx, awardId, true);
    assertCurrentVersion({ state: award.state, version: award.version }, input.version);
    if (award.state === 'stopped') {
      const lines = await repo.lineSummary(trx, award.id);
      if (lines.some((l) => l.state === 'in_batch')) throw conflict('error.conflict.paymentsInBank');
    }
    const result = await computeClawback(trx, award, departure.departed_on);
    // The caller names the outcome it saw previewed; the machine's guards refuse it if the figures say otherwise.
    const event = input.event;
    checkAwardEvent(award, event, actor, { clawbackFen: result.clawbackFen });
    const to = event === 'assess_clawback' ? 'clawback_due' : 'closed';
    await repo.updateAward(trx, award.id, to);
    if (result.clawbackFen > 0) {
      await repo.insertClawback(trx, {
        awardId: award.id,
        amountFen: result.clawbackFen,
        unservedMonths: result.unservedMonths,
        calculation: compactClawback(result),
        assessedBy: actor.userId,
      });
    }
    await writeAudit(trx, ctx, {
      actor,
      action: `award.${event}`,
      entity: 'award',
      entityId: award.id,
      details: {
        from: award.state,
        to,
        clawbackFen: result.clawbackFen,
        servedMonths: result.servedMonths,
        unservedMonths: result.unservedMonths,
        paidSettlingInFen: result.paidSettlingInFen,
      },
    });
    await notify(trx, {
      userId: award.applicant_user_id,
      kind: result.clawbackFen > 0 ? 'notification.clawback.assessed' : 'notification.clawback.none',
      params: { amount: yuan(result.clawbackFen), months: result.unservedMonths },
      entity: 'award',
      entityId: award.id,
    });
  });
  return clawbackDetail(db, actor, awardId);
}

type Outcome = { kind: 'recover'; input: ClawbackRecover } | { kind: 'waive'; input: ClawbackWaive };

/**
 * Closes a clawback: finance records the day the money came back (record_repayment), or an approver
 * who did not assess it waives it with a reason (waive_clawback, four eyes; only where the award's
 * policy version allows a waiver).
 */
async function settle(
  db: Db,
  actor: Actor,
  awardId: string,
  outcome: Outcome,
  ctx: ServiceContext,
): Promise<ClawbackDetail> {
  assertReader(actor);
  if (outcome.kind === 'recover' && outcome.input.recoveredOn > todayInChina()) {
    throw fieldError('recoveredOn', 'validation.clawback.recoveredFuture');
  }
  await inTransaction(db, async (trx) => {
    const { award } = await findAwardWithDeparture(trx, awardId, true);
    assertCurrentVersion({ state: award.state, version: award.version }, outcome.input.version);
    const clawback = await repo.findClawback(trx, award.id);
    const policy = await policyOf(trx, award);
    const event: AwardEvent = outcome.kind === 'recover' ? 'record_repayment' : 'waive_clawback';
    checkAwardEvent(award, event, actor, {
      clawbackWaivable: policy.clawback.value.waivable,
      ...recordOf(clawback, 0),
    });
    if (!clawback) throw conflict('guard.no_clawback_due');
    if (outcome.kind === 'recover') {
      const assessedOn = new Date(clawback.assessed_at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      if (outcome.input.recoveredOn < assessedOn) {
        throw fieldError('recoveredOn', 'validation.clawback.recoveredBeforeAssessment');
      }
      await repo.settleClawback(trx, award.id, {
        state: 'recovered',
        recoveredOn: outcome.input.recoveredOn,
        recordedBy: actor.userId,
      });
    } else {
      await repo.settleClawback(trx, award.id, {
        state: 'waived',
        waivedBy: actor.userId,
        reason: outcome.input.reason,
      });
    }
    await repo.updateAward(trx, award.id, 'closed');
    await writeAudit(trx, ctx, {
      actor,
      action: `award.${event}`,
      entity: 'award',
      entityId: award.id,
      details: {
        from: award.state,
        to: 'closed',
        clawbackFen: Number(clawback.amount_fen),
        ...(outcome.kind === 'recover'
          ? { recoveredOn: outcome.input.recoveredOn }
          : { reason: outcome.input.reason }),
      },
    });
    await notify(trx, {
      userId: award.applicant_user_id,
      kind: outcome.kind === 'recover' ? 'notification.clawback.recovered' : 'notification.clawback.waived',
      params: {
        amount: yuan(Number(clawback.amount_fen)),
        ...(outcome.kind === 'recover' ? { recoveredOn: outcome.input.recoveredOn } : {}),
      },
      entity: 'award',
      entityId: award.id,
    });
  });
  return clawbackDetail(db, actor, awardId);
}
