import { type Actor, noticePeriodOver, type ObjectionCreate, type ObjectionResolution } from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { assertCurrentVersion, conflict, fieldError, notFound } from '../../platform/errors.js';
import { requireMayCall } from '../../platform/permissions.js';
import { isUuid } from '../../platform/router.js';
import { notify } from '../notifications/service.js';
import type { NoticeContext } from './access.js';
import { activate, claimFor, returnToReview } from './claims.js';
import { getNotice, lockNotice } from './notices.js';
import * as repo from './repository.js';
import type { NoticeDetail } from './view.js';

// --- objections

/**
 * Staff record an objection as it comes in (by phone, letter, visit, online), during the period only.
 * While it is open the claimant's award is held: closing the notice passes it by.
 */
export async function recordObjection(
  db: Db,
  actor: Actor,
  noticeId: string,
  input: ObjectionCreate,
  ctx: NoticeContext,
  today: string,
): Promise<NoticeDetail> {
  requireMayCall(actor, 'POST /api/bureau/public-notices/{id}/objections');
  await inTransaction(db, async (trx) => {
    const notice = await lockNotice(trx, noticeId, null);
    if (notice.state !== 'published' || noticePeriodOver(notice.ends_on, today)) {
      throw conflict('error.conflict.noticePeriodOver');
    }
    const entry = await repo.findEntry(trx, notice.id, input.claimId);
    if (!entry || entry.outcome !== null) throw fieldError('claimId', 'validation.objection.claimNotListed');
    const claim = await claimFor(trx, entry.claim_id);
    const { id } = await repo.insertObjection(trx, {
      notice_id: notice.id,
      claim_id: claim.id,
      source: input.source,
      summary: input.summary,
      recorded_by: actor.userId,
    });
    await writeAudit(trx, ctx, {
      actor,
      action: 'notice_objection.record',
      entity: 'notice_objection',
      entityId: id,
      // the summary may name the person objecting: it stays in the record, not in the audit trail
      details: { notice: notice.number, claim: claim.number, source: input.source, to: 'open' },
    });
    await notify(trx, {
      userId: claim.applicant_user_id,
      kind: 'notification.publicNotice.objection',
      params: { number: claim.number },
      entity: 'subsidy_claim',
      entityId: claim.id,
    });
  });
  return getNotice(db, actor, noticeId, today);
}

/**
 * The approver decides an objection with a reason. Dismissed: it no longer holds the award, which
 * becomes active at once if the period is already over and nothing else holds it. Upheld: the claim
 * goes back to review and its award is cancelled; other objections to the same claimant on this notice
 * are settled with it.
 */
export async function resolveObjection(
  db: Db,
  actor: Actor,
  objectionId: string,
  input: ObjectionResolution,
  ctx: NoticeContext,
  today: string,
): Promise<NoticeDetail> {
  requireMayCall(actor, 'POST /api/bureau/notice-objections/{id}/resolution');
  if (!isUuid(objectionId)) throw notFound();
  const found = await repo.findObjection(db, objectionId);
  if (!found) throw notFound();
  await inTransaction(db, async (trx) => {
    // Same order as closing: the notice, then the objection, then the claim.
    const notice = await lockNotice(trx, found.notice_id, null);
    const objection = await repo.findObjection(trx, objectionId, { lock: true });
    if (!objection) throw notFound();
    assertCurrentVersion({ state: objection.state, version: objection.version }, input.version);
    if (objection.state !== 'open') throw conflict('error.conflict.objectionResolved');
    const entry = await repo.findEntry(trx, notice.id, objection.claim_id);
    if (!entry) throw notFound();
    const claim = await claimFor(trx, objection.claim_id);
    const others = (await repo.openObjections(trx, notice.id, claim.id)).filter((o) => o.id !== objection.id);
    const state = input.decision === 'dismiss' ? 'dismissed' : 'upheld';
    const settled = state === 'upheld' ? [objection, ...others] : [objection];
    for (const o of settled) {
      await repo.resolveObjection(trx, o.id, { state, reason: input.reason, resolvedBy: actor.userId });
      await writeAudit(trx, ctx, {
        actor,
        action: `notice_objection.${input.decision}`,
        entity: 'notice_objection',
        entityId: o.id,
        details: { from: 'open', to: state, reason: input.reason, claim: claim.number },
      });
    }
    if (state === 'upheld') {
      await returnToReview(trx, actor, claim, entry, input.reason, ctx, today);
    } else if (others.length === 0 && notice.state === 'closed' && notice.ends_on) {
      await activate(trx, actor, claim, entry, notice.ends_on, ctx, today);
    }
    await notify(trx, {
      userId: claim.applicant_user_id,
      kind: `notification.publicNotice.${state}`,
      params: { number: claim.number },
      entity: 'subsidy_claim',
      entityId: claim.id,
    });
  });
  return getNotice(db, actor, found.notice_id, today);
}
