import {
  type Actor,
  type AwardEvent,
  type AwardRecord,
  type AwardState,
  awardMachine,
  formatFen,
  todayInChina,
} from '@talent/domain';
import type { ServiceContext } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { conflict, fieldError } from '../../platform/errors.js';
import { type Effect, type EffectInput, fireEvent, type StateChanges } from '../../platform/transition.js';
import {
  assertReader,
  clawbackRecordOf,
  compactClawback,
  computeClawback,
  findAwardWithDeparture,
  policyOf,
} from './facts.js';
import * as repo from './repository.js';
import { type ClawbackDetail, clawbackDetail } from './service.js';

// A clawback's state changes are the award machine's (二(四)5): the reviewer assesses a stopped award
// (a clawback due, or closed when nothing is), finance records the repayment, an approver other than
// the assessor waives it. All go through the one runner (platform/transition.ts).

/** The award machine's events the bureau fires on a clawback (POST /bureau/clawbacks/{id}/events). */
export const clawbackEvents = [
  'assess_clawback',
  'close_without_clawback',
  'record_repayment',
  'waive_clawback',
] as const satisfies readonly AwardEvent[];
export type ClawbackEvent = (typeof clawbackEvents)[number];

export type ClawbackEventInput = {
  event: ClawbackEvent;
  version: number;
  reason?: string | undefined;
  /** record_repayment: the day the money came back. */
  recoveredOn?: string | undefined;
};

type ClawbackRow = repo.AwardRow & { departed_on: string };
type Input = EffectInput<ClawbackRow>;

/** The amount in a notification: '1,234.5' (the message says 元). */
const yuan = (fen: number) => formatFen(fen, 'zh-CN').replace(/元$/, '');

const notices: Partial<Record<AwardEvent, string>> = {
  assess_clawback: 'notification.clawback.assessed',
  close_without_clawback: 'notification.clawback.none',
  record_repayment: 'notification.clawback.recovered',
  waive_clawback: 'notification.clawback.waived',
};

const clawbackChanges: StateChanges<AwardState, AwardEvent, AwardRecord, ClawbackRow> = {
  machine: awardMachine,
  entity: 'award',
  action: (event) => `award.${event}`,
  lock: async (trx, _actor, id) => {
    const { award, departure } = await findAwardWithDeparture(trx, id, true);
    return { ...award, departed_on: departure.departed_on };
  },
  recordOf: async (trx, row) => {
    const [clawback, policy] = await Promise.all([repo.findClawback(trx, row.id), policyOf(trx, row)]);
    let fen = 0;
    if (!clawback && row.state === 'stopped') {
      // The amount rests on the lines paid: one still with the bank must come back first (paid or failed).
      const lines = await repo.lineSummary(trx, row.id);
      if (lines.some((l) => l.state === 'in_batch')) throw conflict('error.conflict.paymentsInBank');
      fen = (await computeClawback(trx, row, row.departed_on)).clawbackFen;
    }
    return clawbackRecordOf(row, policy, clawback, fen);
  },
  update: (trx, id, { state }) => repo.updateAward(trx, id, state),
  effects: {
    assess_clawback: assessment,
    close_without_clawback: assessment,
    record_repayment: repayment,
    waive_clawback: waiver,
  },
  notice: (row, event, params) => {
    const kind = notices[event];
    return kind
      ? { userId: row.applicant_user_id, kind, params, entity: 'award', entityId: row.id }
      : undefined;
  },
};

/**
 * POST /bureau/clawbacks/{id}/events. The caller names the outcome the preview showed
 * (assess_clawback or close_without_clawback); the machine's guards refuse it if the figures say
 * otherwise. Returns the clawback as it now is.
 */
export async function fireClawbackEvent(
  db: Db,
  actor: Actor,
  awardId: string,
  input: ClawbackEventInput,
  ctx: ServiceContext,
): Promise<ClawbackDetail> {
  assertReader(actor);
  const today = todayInChina();
  const { event, version, reason, ...fields } = input;
  if (event === 'record_repayment' && (fields.recoveredOn ?? '') > today) {
    throw fieldError('recoveredOn', 'validation.clawback.recoveredFuture');
  }
  await fireEvent(
    db,
    clawbackChanges,
    actor,
    { id: awardId, event, version, reason, fields },
    { ...ctx, today },
  );
  return clawbackDetail(db, actor, awardId);
}

/**
 * calculateClawback under the award's own policy version, from the lines actually paid: something
 * to recover → a clawback row (due); nothing → the award closes.
 */
async function assessment({ trx, actor, row }: Input): Promise<Effect> {
  const result = await computeClawback(trx, row, row.departed_on);
  if (result.clawbackFen > 0) {
    await repo.insertClawback(trx, {
      awardId: row.id,
      amountFen: result.clawbackFen,
      unservedMonths: result.unservedMonths,
      calculation: compactClawback(result),
      assessedBy: actor.userId,
    });
  }
  return {
    audit: {
      clawbackFen: result.clawbackFen,
      servedMonths: result.servedMonths,
      unservedMonths: result.unservedMonths,
      paidSettlingInFen: result.paidSettlingInFen,
    },
    params: { amount: yuan(result.clawbackFen), months: result.unservedMonths },
  };
}

async function dueClawback(trx: Db, awardId: string): Promise<repo.ClawbackRow> {
  const clawback = await repo.findClawback(trx, awardId);
  if (!clawback) throw conflict('guard.no_clawback_due');
  return clawback;
}

/** Finance records the day the money came back: not before the assessment (China's calendar day). */
async function repayment({ trx, actor, row, fields }: Input): Promise<Effect> {
  const { recoveredOn } = fields as { recoveredOn: string };
  const clawback = await dueClawback(trx, row.id);
  const assessedOn = new Date(clawback.assessed_at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (recoveredOn < assessedOn)
    throw fieldError('recoveredOn', 'validation.clawback.recoveredBeforeAssessment');
  await repo.settleClawback(trx, row.id, { state: 'recovered', recoveredOn, recordedBy: actor.userId });
  const fen = Number(clawback.amount_fen);
  return { audit: { clawbackFen: fen, recoveredOn }, params: { amount: yuan(fen), recoveredOn } };
}

/** An approver who did not assess it waives it, saying why (four eyes: the machine's guard). */
async function waiver({ trx, actor, row, reason }: Input): Promise<Effect> {
  const clawback = await dueClawback(trx, row.id);
  await repo.settleClawback(trx, row.id, { state: 'waived', waivedBy: actor.userId, reason: reason ?? '' });
  const fen = Number(clawback.amount_fen);
  return { audit: { clawbackFen: fen }, params: { amount: yuan(fen) } };
}
