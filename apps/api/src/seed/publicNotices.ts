import { addDays, todayInChina } from '@talent/domain';
import { closeNotice } from '../capabilities/publicNotices/closing.js';
import * as notices from '../capabilities/publicNotices/notices.js';
import { recordObjection } from '../capabilities/publicNotices/objections.js';
import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { bureauActor } from './settlement.js';

/** How long ago the demo's closed notice was published: its first instalments are already due. */
const CLOSED_NOTICE_DAYS_AGO = 75;

/**
 * The public notice's demo, through the services (audit rows and notifications real), from the claims
 * that passed 复审: a notice published 75 days ago and closed when its period ended — its awards
 * active, their instalments scheduled from the day after, the first ones already due for the
 * disbursement seed to batch — and a notice published today with an open objection that holds one
 * claimant's award. One approved claim is left waiting for the approver's next notice. Idempotent:
 * nothing happens once any notice exists.
 */
export async function seedPublicNotices(
  db: Db,
  ctx: ServiceContext,
  approvedClaimIds: readonly string[],
): Promise<string[]> {
  if (approvedClaimIds.length < 3) return [];
  if (await db.selectFrom('public_notice').select('id').limit(1).executeTakeFirst()) return [];
  const approver = await bureauActor(db, 'approver');
  const reviewer = await bureauActor(db, 'reviewer');
  const today = todayInChina();
  const [first, second, third] = approvedClaimIds as [string, string, string];

  const then = addDays(today, -CLOSED_NOTICE_DAYS_AGO);
  const earlier = await notices.createNotice(db, approver, { claimIds: [first, second] }, ctx, then);
  const published = await notices.publishNotice(
    db,
    approver,
    earlier.id,
    { version: earlier.version },
    ctx,
    then,
  );
  const closedOn = addDays(published.endsOn ?? then, 1);
  await closeNotice(db, approver, earlier.id, published.version, ctx, closedOn);

  const current = await notices.createNotice(db, approver, { claimIds: [third] }, ctx, today);
  await notices.publishNotice(db, approver, current.id, { version: current.version }, ctx, today);
  await recordObjection(
    db,
    reviewer,
    current.id,
    { claimId: third, source: 'phone', summary: '来电反映该人员已于上月离职,不在本市工作(来电人未留姓名)' },
    ctx,
    today,
  );
  return [
    `public notice ${earlier.number} (closed, 2 awards active, instalments scheduled)`,
    `public notice ${current.number} (in its period, an open objection)`,
  ];
}
