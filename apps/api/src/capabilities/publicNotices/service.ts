import {
  type Actor,
  addDays,
  awardMachine,
  awardStartsOn,
  type BureauRole,
  calculateAward,
  defaultObjectionContact,
  hasBureauRole,
  maskName,
  maskResidentId,
  type NoticeAction,
  type NoticeCreate,
  type NoticeState,
  noticePeriodOver,
  type ObjectionCreate,
  type ObjectionResolution,
  type Principal,
  publicNoticeEndsOn,
  refusalErrorCode,
  subsidyClaimMachine,
  transition,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import {
  ApiError,
  assertCurrentVersion,
  conflict,
  fieldError,
  forbidden,
  notFound,
  uniqueViolation,
} from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { loadCalendar } from '../calendar/service.js';
import { notify } from '../notifications/service.js';
import { loadPolicy, loadPolicyById } from '../policy/service.js';
import * as repo from './repository.js';
import { type NoticeDetail, type NoticeSummary, noticeDetail, toSummary } from './view.js';

export type NoticeContext = Pick<ServiceContext, 'requestId' | 'pii'>;

// The approver draws up, publishes and closes notices and decides objections; a reviewer (or the
// approver) records an objection as it comes in; finance, admins and auditors read.
const readers: readonly BureauRole[] = ['reviewer', 'approver', 'finance', 'admin', 'auditor'];
const recorders: readonly BureauRole[] = ['reviewer', 'approver'];

function requireRole(actor: Actor, roles: readonly BureauRole[]): void {
  if (!roles.some((role) => hasBureauRole(actor, role))) throw forbidden();
}

// --- reading

export type NoticePage = { items: NoticeSummary[]; total: number; page: number; pageSize: number };

export async function listNotices(
  db: Db,
  actor: Actor,
  query: { state?: NoticeState | undefined; page: number; pageSize: number },
): Promise<NoticePage> {
  requireRole(actor, readers);
  const { rows, total } = await repo.listNotices(db, {
    state: query.state,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function getNotice(db: Db, actor: Actor, id: string, today: string): Promise<NoticeDetail> {
  requireRole(actor, readers);
  if (!isUuid(id)) throw notFound();
  const notice = await repo.findNotice(db, id);
  if (!notice) throw notFound();
  return noticeDetail(db, actor, notice, today);
}

export type Candidate = {
  claimId: string;
  number: string;
  name: string;
  tier: repo.CandidateRow['tier'];
  countyCode: string;
  amountFen: number;
  approvedAt: string | null;
};
export type CandidatePage = { items: Candidate[]; total: number; page: number; pageSize: number };

/** Approved claims waiting for a notice, for the approver to pick from; names masked. */
export async function listCandidates(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number },
): Promise<CandidatePage> {
  requireRole(actor, readers);
  const [rows, total] = await Promise.all([
    repo.candidates(db, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countCandidates(db),
  ]);
  return {
    items: rows.map((r) => ({
      claimId: r.claim_id,
      number: r.number,
      name: maskName(r.applicant_name),
      tier: r.tier,
      countyCode: r.county_code,
      amountFen: r.total_fen,
      approvedAt: r.approved_at?.toISOString() ?? null,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
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
  requireRole(actor, ['approver']);
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
async function lockNotice(trx: Db, id: string, version: number | null): Promise<repo.NoticeRow> {
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
  requireRole(actor, ['approver']);
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
  requireRole(actor, ['approver']);
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
  requireRole(actor, recorders);
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
  requireRole(actor, ['approver']);
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

// --- closing

export type CloseResult = { awarded: number; held: number; linesScheduled: number };

/**
 * Closes a published notice once its last day has passed (409 before): every claimant nothing holds
 * becomes awarded, the award active from the day after the period, its instalments scheduled. A
 * claimant with an open objection stays held until it is resolved. Runs for the approver (with the
 * version they saw) and for the scheduler (system, version null).
 */
export async function closeNotice(
  db: Db,
  actor: Principal,
  id: string,
  version: number | null,
  ctx: NoticeContext,
  today: string,
): Promise<CloseResult> {
  if (actor.kind !== 'system') requireRole(actor, ['approver']);
  return inTransaction(db, async (trx) => {
    const notice = await lockNotice(trx, id, version);
    return closeLocked(trx, actor, notice, ctx, today);
  });
}

async function closeLocked(
  trx: Db,
  actor: Principal,
  notice: repo.NoticeRow,
  ctx: NoticeContext,
  today: string,
): Promise<CloseResult> {
  if (notice.state !== 'published' || !notice.ends_on) throw conflict('error.conflict.noticeNotPublished');
  if (!noticePeriodOver(notice.ends_on, today)) {
    throw new ApiError('conflict', {
      messageKey: 'error.conflict.noticePeriodRunning',
      details: { endsOn: notice.ends_on },
    });
  }
  const result: CloseResult = { awarded: 0, held: 0, linesScheduled: 0 };
  for (const entry of await repo.entriesOf(trx, notice.id)) {
    if (entry.outcome !== null) continue;
    if (entry.open_objections > 0) {
      result.held += 1;
      continue;
    }
    const claim = await claimFor(trx, entry.claim_id);
    result.linesScheduled += await activate(trx, actor, claim, entry, notice.ends_on, ctx, today);
    result.awarded += 1;
  }
  await repo.updateNotice(trx, notice.id, {
    state: 'closed',
    closed_at: new Date(),
    closed_by: actor.kind === 'system' ? null : actor.userId,
  });
  await writeAudit(trx, ctx, {
    actor: actor.kind === 'system' ? null : actor,
    action: 'public_notice.close',
    entity: 'public_notice',
    entityId: notice.id,
    details: { from: 'published', to: 'closed', endsOn: notice.ends_on, ...result },
  });
  return result;
}

/**
 * The scheduler's job: closes every published notice whose period ended before `today`, each in its
 * own transaction taken with SKIP LOCKED, so several processes may run it and each notice closes once.
 */
export async function closeDueNotices(
  db: Db,
  today: string,
  ctx: NoticeContext,
  limit = 100,
): Promise<number> {
  let closed = 0;
  while (closed < limit) {
    const done = await inTransaction(db, async (trx) => {
      const notice = await repo.takeDueNotice(trx, today);
      if (!notice) return false;
      await closeLocked(trx, { kind: 'system', userId: 'system', roles: [] }, notice, ctx, today);
      return true;
    });
    if (!done) break;
    closed += 1;
  }
  return closed;
}

// --- the claim and its award

type ClaimRow = NonNullable<Awaited<ReturnType<typeof repo.claimForUpdate>>>;

async function claimFor(trx: Db, claimId: string): Promise<ClaimRow> {
  const claim = await repo.claimForUpdate(trx, claimId);
  if (!claim) throw notFound();
  return claim;
}

/** Asks the claim machine; a refusal leaves in the one error shape with the claim's number. */
function fireClaim(
  claim: ClaimRow,
  event: 'publish_notice' | 'close_notice' | 'uphold_objection',
  actor: Principal,
  today: string,
  noticeEndsOn?: string,
): void {
  const record = {
    state: claim.state,
    applicantUserId: claim.applicant_user_id,
    ...(claim.employer_id ? { employerId: claim.employer_id } : {}),
    ...(claim.recommended_by ? { recommendedBy: claim.recommended_by } : {}),
    ...(noticeEndsOn ? { noticeEndsOn } : {}),
  };
  const result = transition(subsidyClaimMachine, record, event, actor, { today });
  if (!result.ok) {
    throw new ApiError(refusalErrorCode(result), {
      messageKey: result.code,
      details: { claim: claim.number, state: claim.state },
    });
  }
}

async function awardOf(trx: Db, claim: ClaimRow, event: 'activate' | 'cancel', actor: Principal) {
  const award = await repo.awardForUpdate(trx, claim.id);
  if (!award) throw notFound();
  const record = {
    state: award.state,
    applicantUserId: award.applicant_user_id,
    serviceEndsOn: award.service_ends_on ?? '',
    openLineCount: 0,
    clawbackWaivable: false,
    ...(award.employer_id ? { employerId: award.employer_id } : {}),
  };
  const result = transition(awardMachine, record, event, actor);
  if (!result.ok) {
    throw new ApiError(refusalErrorCode(result), {
      messageKey: result.code,
      details: { claim: claim.number, award: award.state },
    });
  }
  return award;
}

function auditClaim(
  trx: Db,
  ctx: NoticeContext,
  actor: Principal,
  claim: ClaimRow,
  event: string,
  to: string,
  details: Record<string, unknown> = {},
) {
  return writeAudit(trx, ctx, {
    actor: actor.kind === 'system' ? null : actor,
    action: `subsidy_claim.${event}`,
    entity: 'subsidy_claim',
    entityId: claim.id,
    details: { from: claim.state, to, ...details },
  });
}

/**
 * The notice ended and nothing holds the claimant: the claim is awarded, the award active from the
 * day after the period (awardStartsOn), recomputed under the policy version it keeps so that its
 * instalments fall due from that day, and the instalments scheduled — each (award, line) once, by the
 * table's unique key as well as by the entry's outcome. Returns how many lines were scheduled.
 */
async function activate(
  trx: Db,
  actor: Principal,
  claim: ClaimRow,
  entry: repo.EntryRow,
  endsOn: string,
  ctx: NoticeContext,
  today: string,
): Promise<number> {
  fireClaim(claim, 'close_notice', actor, today, endsOn);
  const award = await awardOf(trx, claim, 'activate', actor);
  const policy = await loadPolicyById(trx, award.policy_version_id);
  if (!policy) throw new Error(`award ${award.id}: policy version not found`);
  const startDate = awardStartsOn(endsOn);
  const calculation = calculateAward({ tier: award.tier, startDate }, policy);
  // The amounts were fixed at 复审 under this same version: only the dates may move.
  if (calculation.totalFen !== award.total_fen) throw new Error(`award ${award.id}: total differs`);
  await repo.setClaimState(trx, claim.id, 'awarded');
  await repo.updateAward(trx, award.id, {
    state: 'active',
    start_date: startDate,
    service_ends_on: calculation.serviceEndsOn,
    calculation: JSON.stringify(calculation),
  });
  await repo.setEntryOutcome(trx, entry.id, 'awarded');
  const scheduled = await repo.scheduleLines(
    trx,
    calculation.lines.map((line) => ({
      award_id: award.id,
      applicant_user_id: award.applicant_user_id,
      line_key: line.id,
      kind: line.kind,
      sequence: line.sequence,
      of_count: line.of,
      amount_fen: line.amountFen,
      due_date: line.dueDate,
    })),
  );
  await auditClaim(trx, ctx, actor, claim, 'close_notice', 'awarded');
  await writeAudit(trx, ctx, {
    actor: actor.kind === 'system' ? null : actor,
    action: 'award.activate',
    entity: 'award',
    entityId: award.id,
    details: { from: award.state, to: 'active', startDate, lines: scheduled, totalFen: award.total_fen },
  });
  await notify(trx, {
    userId: claim.applicant_user_id,
    kind: 'notification.publicNotice.awarded',
    params: { number: claim.number, startDate },
    entity: 'subsidy_claim',
    entityId: claim.id,
  });
  return scheduled;
}

/** An upheld objection: the claim goes back to the reviewers and its award is cancelled. */
async function returnToReview(
  trx: Db,
  actor: Actor,
  claim: ClaimRow,
  entry: repo.EntryRow,
  reason: string,
  ctx: NoticeContext,
  today: string,
): Promise<void> {
  fireClaim(claim, 'uphold_objection', actor, today);
  const award = await awardOf(trx, claim, 'cancel', actor);
  await repo.setClaimState(trx, claim.id, 'under_review');
  await repo.updateAward(trx, award.id, { state: 'cancelled' });
  await repo.setEntryOutcome(trx, entry.id, 'returned');
  await auditClaim(trx, ctx, actor, claim, 'uphold_objection', 'under_review', { reason });
  await writeAudit(trx, ctx, {
    actor,
    action: 'award.cancel',
    entity: 'award',
    entityId: award.id,
    details: { from: award.state, to: 'cancelled', reason },
  });
}

// --- the public page

/** A closed notice stays on the public page this many days after its period ended. */
const SHOWN_AFTER_CLOSE_DAYS = 90;

export type PublicNoticeSummary = {
  id: string;
  number: string;
  title: string;
  state: 'published' | 'closed';
  publishedOn: string;
  endsOn: string;
  objectionContact: string;
  entries: number;
};

export type PublicNotice = Omit<PublicNoticeSummary, 'entries'> & {
  totalFen: number;
  entries: {
    id: string;
    name: string;
    residentId: string;
    tier: repo.EntryRow['tier'];
    countyCode: string;
    amountFen: number;
  }[];
};

/** Anyone, signed in or not: notices in their period and recently closed ones; masked data only. */
export async function listPublicNotices(db: Db, today: string): Promise<PublicNoticeSummary[]> {
  const rows = await repo.publicNotices(db, addDays(today, -SHOWN_AFTER_CLOSE_DAYS));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    state: r.state,
    publishedOn: r.published_on,
    endsOn: r.ends_on,
    objectionContact: r.objection_contact,
    entries: r.entries,
  }));
}

/** One public notice as published: the frozen, masked list. A draft or a long-closed one is not found. */
export async function getPublicNotice(db: Db, id: string, today: string): Promise<PublicNotice> {
  if (!isUuid(id)) throw notFound();
  const summary = (await listPublicNotices(db, today)).find((n) => n.id === id);
  if (!summary) throw notFound();
  const entries = await repo.publicEntries(db, id);
  return {
    ...summary,
    totalFen: entries.reduce((sum, e) => sum + e.amount_fen, 0),
    entries: entries.map((e) => ({
      id: e.id,
      name: e.masked_name,
      residentId: e.masked_resident_id,
      tier: e.tier,
      countyCode: e.county_code,
      amountFen: e.amount_fen,
    })),
  };
}
