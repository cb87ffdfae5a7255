import { todayInChina } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { listHeldLines } from '../capabilities/disbursements/service.js';
import { seedDisbursements } from './disbursements.js';
import { seededScratchDb } from './seed.fixtures.js';
import { bureauActor } from './settlement.js';

const seeded = seededScratchDb();

describe('seedDisbursements', () => {
  it('pays and reconciles a batch with a failed line reissued, and leaves a batch awaiting approval', async () => {
    const { db, ctx } = await seeded();
    expect(await seedDisbursements(db, ctx)).toEqual([]);

    const batches = await db
      .selectFrom('disbursement_batch as b')
      .innerJoin('app_user as p', 'p.id', 'b.prepared_by')
      .leftJoin('app_user as a', 'a.id', 'b.approved_by')
      .select([
        'b.id',
        'b.state',
        'b.failed_count',
        'b.paid_count',
        'b.line_count',
        'p.login as preparer',
        'a.login as approver',
      ])
      .orderBy('b.number')
      .execute();
    // the first two are this seed's (later seeds may pay through batches of their own)
    expect(batches.slice(0, 2)).toMatchObject([
      { state: 'reconciled', failed_count: 1, preparer: 'finance', approver: 'finance2' },
      { state: 'prepared', preparer: 'finance', approver: null },
    ]);
    expect(batches[0]?.paid_count).toBe((batches[0]?.line_count ?? 0) - 1);
    const reissued = await db
      .selectFrom('payment_line')
      .select(['state', 'reissued_count'])
      .where('reissued_count', '>', 0)
      .execute();
    expect(reissued).toEqual([{ state: 'in_batch', reissued_count: 1 }]);
    // its new account entered by the reviewer and verified by the approver, never one person alone
    const change = await db
      .selectFrom('payee_account_change as x')
      .innerJoin('app_user as e', 'e.id', 'x.entered_by')
      .innerJoin('app_user as d', 'd.id', 'x.decided_by')
      .select(['x.state', 'e.login as enteredBy', 'd.login as verifiedBy'])
      .execute();
    expect(change).toEqual([{ state: 'verified', enteredBy: 'reviewer', verifiedBy: 'approver' }]);
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', batches[0]?.id ?? '')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'disbursement.prepare',
      'disbursement.approve',
      'disbursement.roster_download',
      'disbursement.send',
      'disbursement.results_applied',
      'disbursement.reconcile',
    ]);

    // 陈曦's employer confirmed two months only: nothing of hers is paid, so every due instalment of
    // hers needs the minimum months and waits
    const finance = await bureauActor(db, 'finance');
    const held = await listHeldLines(db, finance, { dueAsOf: todayInChina(), page: 1, pageSize: 50 });
    expect(held.total).toBeGreaterThan(0);
    expect(held.items.every((i) => i.payeeName === '陈*' && i.reason === 'payment.socialInsurance')).toBe(
      true,
    );
    expect(held.items[0]).toMatchObject({ months: 2, minMonths: 3 });
  }, 120_000);
});
