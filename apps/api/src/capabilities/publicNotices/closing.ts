import { noticePeriodOver, type Principal } from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, conflict } from '../../platform/errors.js';
import { requireMayCall } from '../../platform/permissions.js';
import type { NoticeContext } from './access.js';
import { activate, claimFor } from './claims.js';
import { lockNotice } from './notices.js';
import * as repo from './repository.js';

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
  if (actor.kind !== 'system') requireMayCall(actor, 'POST /api/bureau/public-notices/{id}/close');
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
