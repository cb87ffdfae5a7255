import type { ScratchDb } from '@talent/db/testing';
import { lineReference, yuanText } from '@talent/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness } from '../../testing/index.js';
import { disbursementDatabase, freshEra, insertAward, resultCsv, uploadResults } from './fixtures.js';
import type { BatchView } from './view.js';

// A payee's account changes on two people's word: entered (by staff from the applicant's evidence,
// or by the applicant), verified by a different staff member; nothing pays to it before.

let scratch: ScratchDb | undefined;
let h: TestHarness;
let preparer: Awaited<ReturnType<TestHarness['bureau']>>;
let approver: Awaited<ReturnType<TestHarness['bureau']>>;
let reviewer: Awaited<ReturnType<TestHarness['bureau']>>;

beforeAll(async () => {
  scratch = await disbursementDatabase();
  h = await createTestHarness({}, scratch);
  preparer = await h.bureau(['finance']);
  approver = await h.bureau(['finance']);
  reviewer = await h.bureau(['reviewer']);
});
afterAll(async () => {
  await scratch?.dispose();
});

const era = () => freshEra(1700);
const NEW_ACCOUNT = '6228480000333344445';

function enter(cookie: string, claimId: string, evidence?: string) {
  return h.call('POST', '/api/payee-account-changes', {
    cookie,
    body: { claimId, bankName: '中国农业银行', bankAccount: NEW_ACCOUNT, ...(evidence ? { evidence } : {}) },
  });
}

function decide(cookie: string, change: { id: string; version: number }, decision = 'verify') {
  return h.call('POST', `/api/payee-account-changes/${change.id}/${decision}`, {
    cookie,
    body: { version: change.version, ...(decision === 'reject' ? { reason: '与社保卡信息不符' } : {}) },
  });
}

async function batchOf(asOf: string): Promise<BatchView> {
  const res = await h.call('POST', '/api/disbursements', {
    cookie: preparer.cookie,
    body: { dueAsOf: asOf },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as BatchView;
}

type Line = { paymentLineId: string; account: string; accountChangedSinceLastPayment: boolean };
async function linesOf(batchId: string): Promise<Line[]> {
  const res = await h.call('GET', `/api/disbursements/${batchId}/lines?pageSize=100`, {
    cookie: approver.cookie,
  });
  return ((await res.json()) as { items: Line[] }).items;
}

describe('changing a payee’s account', () => {
  it('takes a second person: the one who entered it may not verify it (403, and the database says so)', async () => {
    const a = await insertAward(h, [{ amountFen: 1000, dueDate: freshEra(1600).due(1) }]);
    expect((await enter(reviewer.cookie, a.claimId)).status).toBe(400); // evidence required of staff
    const res = await enter(reviewer.cookie, a.claimId, '社保卡正反面复印件');
    expect(res.status).toBe(201);
    const change = (await res.json()) as { id: string; version: number; account: string; canVerify: boolean };
    expect(change).toMatchObject({ account: '6228***********4445', canVerify: false });
    expect(JSON.stringify(change)).not.toContain(NEW_ACCOUNT);
    expect((await enter(preparer.cookie, a.claimId, '银行开户证明')).status).toBe(409); // one pending at a time

    const own = await decide(reviewer.cookie, change);
    expect(own.status).toBe(403);
    expect((await errorOf(own)).code).toBe('forbidden');
    await expect(
      h.db
        .updateTable('payee_account_change')
        .set({ state: 'verified', decided_by: reviewer.id, decided_at: new Date().toISOString() })
        .where('id', '=', change.id)
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });

    const claimBefore = await h.db
      .selectFrom('subsidy_claim')
      .select('bank_account_masked')
      .where('id', '=', a.claimId)
      .executeTakeFirstOrThrow();
    expect(claimBefore.bank_account_masked).not.toBe('6228***********4445');
    const ok = await decide(preparer.cookie, change);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ state: 'verified', decidedBy: { id: preparer.id } });
    expect((await decide(approver.cookie, { id: change.id, version: change.version + 1 })).status).toBe(409);
    const claim = await h.db
      .selectFrom('subsidy_claim')
      .select('bank_account_masked')
      .where('id', '=', a.claimId)
      .executeTakeFirstOrThrow();
    expect(claim.bank_account_masked).toBe('6228***********4445');
    const audit = [
      ...(await h.auditOf(a.claimId, 'payee_account_change.enter')),
      ...(await h.auditOf(a.claimId, 'payee_account_change.verify')),
    ];
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(NEW_ACCOUNT);
  });

  it('lets the applicant enter their own (never someone else’s), verified by staff', async () => {
    const a = await insertAward(h, [{ amountFen: 1000, dueDate: freshEra(1500).due(1) }]);
    const other = await h.applicant();
    expect((await enter(other.cookie, a.claimId)).status).toBe(404);
    const res = await enter(a.applicant.cookie, a.claimId);
    expect(res.status).toBe(201);
    const change = (await res.json()) as { id: string; version: number; enteredBy: { kind: string } };
    expect(change.enteredBy.kind).toBe('applicant');
    expect((await decide(a.applicant.cookie, change)).status).toBe(403);
    const rejected = await decide(reviewer.cookie, change, 'reject');
    expect(rejected.status).toBe(200);
    expect(await rejected.json()).toMatchObject({ state: 'rejected', rejectReason: '与社保卡信息不符' });
  });

  it('takes a second natural person: another account of the one who entered it may not verify (403, and the database says so)', async () => {
    const a = await insertAward(h, [{ amountFen: 1000, dueDate: freshEra(1650).due(1) }]);
    const enterer = await h.bureau(['reviewer']);
    const res = await enter(enterer.cookie, a.claimId, '社保卡正反面复印件');
    expect(res.status).toBe(201);
    const change = (await res.json()) as { id: string; version: number };
    await h.db
      .updateTable('app_user')
      .set({ disabled_at: new Date() })
      .where('id', '=', enterer.id)
      .execute();
    const samePerson = await h.bureau(['finance'], { residentId: enterer.residentId });
    const own = await decide(samePerson.cookie, change);
    expect(own.status).toBe(403);
    expect((await errorOf(own)).code).toBe('forbidden');
    await expect(
      h.db
        .updateTable('payee_account_change')
        .set({ state: 'verified', decided_by: samePerson.id, decided_at: new Date().toISOString() })
        .where('id', '=', change.id)
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
    expect((await decide(approver.cookie, change)).status).toBe(200);
  });

  it('answers 401, 403 and 404 as it should', async () => {
    const a = await insertAward(h, [{ amountFen: 1000, dueDate: freshEra(1400).due(1) }]);
    expect((await h.call('GET', '/api/payee-account-changes')).status).toBe(401);
    expect((await enter('', a.claimId, 'x')).status).toBe(401);
    const employer = await h.employerStaff({ status: 'verified' });
    const registrar = await h.bureau(['registrar']);
    for (const user of [employer, registrar]) {
      expect((await enter(user.cookie, a.claimId, '社保卡复印件')).status).toBe(403);
      expect((await h.call('GET', '/api/payee-account-changes', { cookie: user.cookie })).status).toBe(403);
    }
    expect((await h.call('GET', '/api/payee-account-changes', { cookie: a.applicant.cookie })).status).toBe(
      403,
    );
    for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      expect((await enter(reviewer.cookie, id, '社保卡复印件')).status).toBe(404);
      expect((await decide(preparer.cookie, { id, version: 1 })).status).toBe(404);
    }
  });

  it('is never used by a batch before it is verified; once it is, the approver sees the change on the line', async () => {
    const { asOf, due } = era();
    const a = await insertAward(h, [
      { amountFen: 1000, dueDate: due(1) },
      { amountFen: 2000, dueDate: due(2) },
    ]);
    // the first instalment is paid to the account on the claim
    const first = await batchOf(asOf);
    const approved = await h.call('POST', `/api/disbursements/${first.id}/events`, {
      cookie: approver.cookie,
      body: { event: 'approve', version: first.version },
    });
    const version = ((await approved.json()) as BatchView).version;
    await (
      await h.call('GET', `/api/disbursements/${first.id}/roster.csv`, { cookie: approver.cookie })
    ).text();
    expect(
      (
        await h.call('POST', `/api/disbursements/${first.id}/send`, {
          cookie: approver.cookie,
          body: { version },
        })
      ).status,
    ).toBe(200);
    const lines = await linesOf(first.id);
    const no = (id: string | undefined) => lines.findIndex((l) => l.paymentLineId === id) + 1;
    const file = resultCsv([
      [lineReference(first.number, no(a.lineIds[0])), yuanText(1000), '成功', '', 'B1'],
      [lineReference(first.number, no(a.lineIds[1])), yuanText(2000), '失败', '账户已销户', ''],
    ]);
    expect((await uploadResults(h, first.id, approver.cookie, file)).status).toBe(200);

    // a new account entered, not yet verified: the reissue waits, and so nothing pays to it
    const entered = (await (await enter(reviewer.cookie, a.claimId, '社保卡复印件')).json()) as {
      id: string;
      version: number;
    };
    const failed = (await (
      await h.call('GET', '/api/disbursements/failed-lines?pageSize=100', { cookie: preparer.cookie })
    ).json()) as { items: { id: string; version: number }[] };
    const item = failed.items.find((i) => i.id === a.lineIds[1]);
    const reissue = () =>
      h.call('POST', `/api/disbursements/failed-lines/${a.lineIds[1]}/reissue`, {
        cookie: reviewer.cookie,
        body: { version: item?.version },
      });
    expect((await reissue()).status).toBe(409);
    // another award's line with a pending change goes into a batch with the old, verified account
    const b = await insertAward(h, [{ amountFen: 3000, dueDate: due(3) }]);
    expect((await enter(b.applicant.cookie, b.claimId)).status).toBe(201);

    expect((await decide(approver.cookie, entered)).status).toBe(200);
    expect((await reissue()).status).toBe(204);
    const second = await batchOf(asOf);
    const shown = await linesOf(second.id);
    expect(shown.find((l) => l.paymentLineId === a.lineIds[1])).toMatchObject({
      account: '6228***********4445',
      accountChangedSinceLastPayment: true,
    });
    const bLine = shown.find((l) => l.paymentLineId === b.lineIds[0]);
    expect(bLine?.account).not.toBe('6228***********4445');
    expect(bLine?.accountChangedSinceLastPayment).toBe(false);
  });
});
