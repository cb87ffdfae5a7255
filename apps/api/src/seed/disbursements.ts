import { type Actor, addDays, lineReference, todayInChina, yuanText } from '@talent/domain';
import * as bankResults from '../capabilities/disbursements/bankResults.js';
import * as batchEvents from '../capabilities/disbursements/events.js';
import * as payeeAccounts from '../capabilities/disbursements/payeeAccounts.js';
import * as repo from '../capabilities/disbursements/repository.js';
import * as disbursements from '../capabilities/disbursements/service.js';
import * as batchView from '../capabilities/disbursements/view.js';
import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { bureauActor } from './settlement.js';

/**
 * The disbursement demo, through the services (audit rows and notifications real), from the
 * instalments the notice seed scheduled whose payees' social-insurance months are on record
 * (seedContributions runs first): a batch of what was due a month ago, prepared by `finance`,
 * approved by `finance2`, sent to the bank, answered (one line failed: the account did not match the
 * name), reconciled, the failed line's account corrected (entered by the reviewer, verified by the
 * approver) and reissued; then a batch of everything due
 * today, the reissued line among it, awaiting the second pair of eyes. Idempotent: nothing happens once
 * any batch exists, or when nothing is due.
 */
export async function seedDisbursements(db: Db, ctx: ServiceContext): Promise<string[]> {
  if (await db.selectFrom('disbursement_batch').select('id').limit(1).executeTakeFirst()) return [];
  const finance = await bureauActor(db, 'finance');
  const finance2 = await bureauActor(db, 'finance2');
  const reviewer = await bureauActor(db, 'reviewer');
  const approver = await bureauActor(db, 'approver');
  const today = todayInChina();
  const monthAgo = addDays(today, -30);
  const payable = async (date: string) =>
    (await disbursements.previewBatch(db, finance, date, today)).lineCount > 0;
  const asOf = (await payable(monthAgo)) ? monthAgo : today;
  if (!(await payable(asOf))) return [];
  const created: string[] = [];

  const paid = await disbursements.prepareBatch(db, finance, { dueAsOf: asOf }, ctx, today);
  const approved = await batchEvents.fireBatchEvent(
    db,
    finance2,
    { id: paid.id, event: 'approve', version: paid.version },
    ctx,
  );
  await sendToBank(db, finance2, approved, 'xlsx', ctx);
  const roster = await repo.rosterIndex(db, paid.id);
  const failedLineNo = Math.max(...roster.map((r) => r.line_no));
  const csv = await bankResultFile(db, paid, `GSB${today.replace(/-/g, '')}`, failedLineNo);
  await bankResults.importResults(
    db,
    finance,
    paid.id,
    { name: `银行回执-${paid.number}.csv`, bytes: new TextEncoder().encode(csv) },
    ctx,
    { today },
  );
  const answered = await batchView.getBatch(db, finance, paid.id);
  await batchEvents.fireBatchEvent(
    db,
    finance,
    { id: paid.id, event: 'reconcile', version: answered.version },
    ctx,
  );
  created.push(`disbursement batch ${paid.number} (paid and reconciled, one line failed)`);

  const failed = (await disbursements.listFailedLines(db, reviewer, { page: 1, pageSize: 10 })).items[0];
  if (failed) {
    // the new account on two people's word: the reviewer enters it from the card, the approver verifies
    const change = await payeeAccounts.enterAccountChange(
      db,
      reviewer,
      {
        claimId: failed.claimId,
        bankName: '甘肃银行',
        bankAccount: '6217123400005678901',
        evidence: '申请人提交的社会保障卡正反面复印件',
      },
      ctx,
    );
    await payeeAccounts.decideAccountChange(
      db,
      approver,
      { id: change.id, decision: 'verify', version: change.version },
      ctx,
    );
    await disbursements.reissueFailedLine(db, reviewer, { id: failed.id, version: failed.version }, ctx);
    created.push('failed instalment reissued to the corrected, verified account');
  }
  if (await payable(today)) {
    const waiting = await disbursements.prepareBatch(db, finance, { dueAsOf: today }, ctx, today);
    created.push(`disbursement batch ${waiting.number} (prepared, awaiting approval)`);
  }
  return created;
}

/** The roster downloaded and the batch marked as sent to the bank, as finance does it. */
export async function sendToBank(
  db: Db,
  actor: Actor,
  batch: { id: string },
  format: 'csv' | 'xlsx',
  ctx: ServiceContext,
) {
  const downloaded = await disbursements.recordRosterDownload(db, actor, batch.id, format, ctx);
  return batchEvents.sendBatch(db, actor, { id: batch.id, version: downloaded.version }, ctx);
}

/**
 * The bank's answer to a batch's roster as its result file (银行回盘): every line paid under a
 * reference `bankRef` + line number, except the one named, failed because the account did not match.
 */
export async function bankResultFile(
  db: Db,
  batch: { id: string; number: string },
  bankRef: string,
  failedLineNo?: number,
): Promise<string> {
  const roster = (await repo.rosterIndex(db, batch.id)).sort((a, b) => a.line_no - b.line_no);
  return [
    '明细号,金额(元),发放结果,失败原因,银行流水号',
    ...roster.map((r) => {
      const head = `${lineReference(batch.number, r.line_no)},${yuanText(r.amount_fen)}`;
      return r.line_no === failedLineNo
        ? `${head},失败,户名与账号不符,`
        : `${head},成功,,${bankRef}${String(r.line_no).padStart(4, '0')}`;
    }),
  ].join('\n');
}
