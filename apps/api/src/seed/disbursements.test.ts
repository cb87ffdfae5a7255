import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDb, type ScratchDb } from '@talent/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../platform/config.js';
import { testPii } from '../testing/index.js';
import { seedDisbursements } from './disbursements.js';
import { seedDemo } from './seed.js';

beforeAll(() => {
  process.env.TALENT_UPLOADS_DIR = mkdtempSync(path.join(tmpdir(), 'talent-uploads-'));
});

// The demo seed bootstraps the console's first admin and fixed logins: it needs a database of its own.
let scratch: ScratchDb;
afterAll(async () => {
  await scratch?.dispose();
});

describe('seedDisbursements', () => {
  it('pays and reconciles a batch with a failed line reissued, and leaves a batch awaiting approval', async () => {
    scratch = await createScratchDb();
    const db = scratch.db;
    await seedDemo(db, { pii: testPii });
    const ctx = {
      requestId: null,
      clientAddress: 'seed',
      pii: testPii,
      signInLimits: defaultConfig.signInLimits,
    };
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
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', batches[0]?.id ?? '')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'disbursement.prepare',
      'disbursement.approve',
      'disbursement.roster_export',
      'disbursement.results_applied',
      'disbursement.reconcile',
    ]);
  }, 120_000);
});
