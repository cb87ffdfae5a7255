import {
  type Actor,
  defaultObjectionContact,
  maskName,
  maskResidentId,
  type NoticeAction,
  type NoticeCreate,
  type NoticeState,
  publicNoticeEndsOn,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import { type Db, inTransaction } from '../../platform/db.js';
import {
  ApiError,
  assertCurrentVersion,
  conflict,
  notFound,
  uniqueViolation,
} from '../../platform/errors.js';
import { requireMayCall } from '../../platform/permissions.js';
import { isUuid } from '../../platform/router.js';
import { loadCalendar } from '../calendar/service.js';
import { notify } from '../notifications/service.js';
import { loadPolicy } from '../policy/service.js';
import type { NoticeContext } from './access.js';
import { auditClaim, claimFor, fireClaim } from './claims.js';
import * as repo from './repository.js';
import { type NoticeDetail, type NoticeSummary, noticeDetail, toSummary } from './view.js';

// A notice's life up to its period: read, drawn up from approved claims, discarded or published.
// Objections (objections.ts) and closing (closing.ts) take it from there.

// --- reading

export type NoticePage = { items: NoticeSummary[]; total: number; page: number; pageSize: number };

export async function listNotices(
  db: Db,
  actor: Actor,
  query: { state?: NoticeState | undefined; page: number; pageSize: number },
): Promise<NoticePage> {
  requireMayCall(actor, 'GET /api/bureau/public-notices');
  const { rows, total } = await repo.listNotices(db, {
    state: query.state,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function getNotice(db: Db, actor: Actor, id: string, today: string): Promise<NoticeDetail> {
  requireMayCall(actor, 'GET /api/bureau/public-notices');
  if (!isUuid(id)) throw notFound();
  const notice = await repo.findNotice(db, id);
  if (!notice) throw notFound();
  return noticeDetail(db, actor, notice, today);
}

// --- drawing up and publishing

/**
 * The approver draws up a notice (draft) from approved claims: those named, or all waiting. Each
 * claimant's line is frozen here with the masked name and ID the public will see (policy.md "Paying
 * money": 张*三, 6210**********123X), the tier, county and the award's total.
 */
export async function createNotice(
  db: Db,
  actor: Actor,
  input: NoticeCreate,
  ctx: NoticeContext,
  today: string,
): Promise<NoticeDetail> {
  requireMayCall(actor, 'POST /api/bureau/public-notices');
  const claimIds = input.claimIds ? [...new Set(input.claimIds)] : undefined;
  try {
    const id = await inTransaction(db, async (trx) => {
      const picked = await repo.candidates(trx, { claimIds, limit: 2000, offset: 0, lock: true });
      if (claimIds && picked.length !== claimIds.length) {
        const found = new Set(picked.map((p) => p.claim_id));
        throw new ApiError('conflict', {
          messageKey: 'error.conflict.noticeClaimsUnavailable',
          details: { claimIds: claimIds.filter((c) => !found.has(c)) },
        });
      }
      if (picked.length === 0) throw conflict('error.conflict.noticeNoCandidates');
      const number = await repo.nextNoticeNumber(trx, today.slice(0, 4));
      const notice = await repo.insertNotice(trx, {
        number,
        title: input.title ?? `${today.slice(0, 4)}年度人才补贴拟发放人员名单公示(${number})`,
        objectionContact: input.objectionContact ?? defaultObjectionContact,
        createdBy: actor.userId,
      });
      await repo.insertEntries(
        trx,
        picked.map((p) => ({
          notice_id: notice.id,
          claim_id: p.claim_id,
          masked_name: maskName(p.applicant_name),
          masked_resident_id: p.resident_id_enc ? maskResidentId(ctx.pii.decrypt(p.resident_id_enc)) : '',
          tier: p.tier,
          county_code: p.county_code,
          amount_fen: p.total_fen,
        })),
      );
      await writeAudit(trx, ctx, {
        actor,
        action: 'public_notice.create',
        entity: 'public_notice',
        entityId: notice.id,
        details: { number, entries: picked.length, claims: picked.map((p) => p.number) },
      });
      return notice.id;
    });
    return getNotice(db, actor, id, today);
  } catch (err) {
    // Another approver put one of these claims on a notice at the same moment.
    if (uniqueViolation(err) === 'public_notice_entry_open_claim') {
      throw conflict('error.conflict.noticeClaimsUnavailable');
    }
    throw err;
  }
}

/** Locks the notice and checks the version the caller saw. */
export async function lockNotice(trx: Db, id: string, version: number | null): Promise<repo.NoticeRow> {
  if (!isUuid(id)) throw notFound();
  const notice = await repo.findNotice(trx, id, { lock: true });
  if (!notice) throw notFound();
  if (version !== null) assertCurrentVersion({ state: notice.state, version: notice.version }, version);
  return notice;
}

/** A draft that was never public may be discarded; its claims wait for another notice. */
export async function discardNotice(
  db: Db,
  actor: Actor,
  id: string,
  input: NoticeAction,
  ctx: NoticeContext,
): Promise<void> {
  requireMayCall(actor, 'POST /api/bureau/public-notices/{id}/discard');
  await inTransaction(db, async (trx) => {
    const notice = await lockNotice(trx, id, input.version);
    if (notice.state !== 'draft') throw conflict('error.conflict.noticeNotDraft');
    await repo.deleteDraft(trx, notice.id);
    await writeAudit(trx, ctx, {
      actor,
      action: 'public_notice.discard',
      entity: 'public_notice',
      entityId: notice.id,
      details: { number: notice.number },
    });
  });
}

/**
 * Publishes the notice today: its last day is counted in working days under the policy in force
 * today (publicNoticeEndsOn), and every claimant on it moves to in_public_notice and is told.
 */
export async function publishNotice(
  db: Db,
  actor: Actor,
  id: string,
  input: NoticeAction,
  ctx: NoticeContext,
  today: string,
): Promise<NoticeDetail> {
  requireMayCall(actor, 'POST /api/bureau/public-notices/{id}/publish');
  await inTransaction(db, async (trx) => {
    const notice = await lockNotice(trx, id, input.version);
    if (notice.state !== 'draft') throw conflict('error.conflict.noticeNotDraft');
    const [policy, calendar] = await Promise.all([loadPolicy(trx, today), loadCalendar(trx)]);
    const endsOn = publicNoticeEndsOn(calendar, policy, today);
    await repo.updateNotice(trx, notice.id, {
      state: 'published',
      published_on: today,
      ends_on: endsOn,
      policy_version_id: policy.id,
      published_by: actor.userId,
      published_at: new Date(),
    });
    await writeAudit(trx, ctx, {
      actor,
      action: 'public_notice.publish',
      entity: 'public_notice',
      entityId: notice.id,
      details: { from: 'draft', to: 'published', publishedOn: today, endsOn, policyVersionId: policy.id },
    });
    for (const entry of await repo.entriesOf(trx, notice.id)) {
      const claim = await claimFor(trx, entry.claim_id);
      fireClaim(claim, 'publish_notice', actor, today, endsOn);
      await repo.setClaimState(trx, claim.id, 'in_public_notice');
      await auditClaim(trx, ctx, actor, claim, 'publish_notice', 'in_public_notice', {
        notice: notice.number,
      });
      await notify(trx, {
        userId: claim.applicant_user_id,
        kind: 'notification.publicNotice.published',
        params: { number: claim.number, endsOn },
        entity: 'subsidy_claim',
        entityId: claim.id,
      });
    }
  });
  return getNotice(db, actor, id, today);
}
