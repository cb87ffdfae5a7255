import {
  type Actor,
  type AwardEvent,
  type AwardRecord,
  availableActions,
  awardMachine,
  type ClawbackStage,
  type DepartureReport,
  maskName,
  type PageQuery,
  refusalErrorCode,
  type Tier,
  todayInChina,
  transition,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, conflict, fieldError, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { stopAwardInBatches } from '../disbursements/awardStop.js';
import { employerOf } from '../employers/access.js';
import { notify } from '../notifications/service.js';
import {
  assertReader,
  type ClawbackCalculation,
  clawbackRecordOf,
  compactClawback,
  computeClawback,
  findAwardWithDeparture,
  policyOf,
} from './facts.js';
import * as repo from './repository.js';

/** Asks the award machine whether `actor` may report the departure now; a refusal leaves as the API's error. */
function checkDeparture(award: repo.AwardRow, actor: Actor): void {
  const record: AwardRecord = {
    state: award.state as AwardRecord['state'],
    applicantUserId: award.applicant_user_id,
    ...(award.employer_id ? { employerId: award.employer_id } : {}),
    serviceEndsOn: award.service_ends_on ?? '',
    openLineCount: 0,
    clawbackWaivable: false,
  };
  const result = transition(awardMachine, record, 'report_departure', actor, { today: todayInChina() });
  if (result.ok) return;
  const details = { state: award.state, version: award.version };
  throw new ApiError(refusalErrorCode(result), { messageKey: result.code, details });
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
      checkDeparture(award, actor);
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
  calculation: ClawbackCalculation;
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

export async function clawbackDetail(db: Db, actor: Actor, awardId: string): Promise<ClawbackDetail> {
  assertReader(actor);
  return inTransaction(db, async (trx) => {
    const { award, departure } = await findAwardWithDeparture(trx, awardId, false);
    const clawback = await repo.findClawback(trx, award.id);
    const calculation = clawback
      ? (clawback.calculation as ClawbackCalculation)
      : compactClawback(await computeClawback(trx, award, departure.departed_on));
    const record = clawbackRecordOf(award, await policyOf(trx, award), clawback, calculation.clawbackFen);
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
