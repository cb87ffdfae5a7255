import type { ScratchDb } from '@talent/db/testing';
import { defaultPolicyVersion, lineReference, yuanText } from '@talent/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness } from '../../testing/index.js';
import { paymentCheck } from '../contributions/service.js';
import type { ImportReport } from './bankResults.js';
import {
  type AwardFixture,
  disbursementDatabase,
  freshEra,
  insertAward,
  lineStates,
  recordContributions,
  resultCsv,
  uploadResults,
} from './fixtures.js';
import type { BatchView } from './view.js';

let scratch: ScratchDb | undefined;
let h: TestHarness;
let preparer: Awaited<ReturnType<TestHarness['bureau']>>;
let approver: Awaited<ReturnType<TestHarness['bureau']>>;

beforeAll(async () => {
  scratch = await disbursementDatabase();
  h = await createTestHarness({}, scratch);
  preparer = await h.bureau(['finance']);
  approver = await h.bureau(['finance']);
});
afterAll(async () => {
  await scratch?.dispose();
});

const era = () => freshEra(2000);

async function prepare(asOf: string, cookie = preparer.cookie): Promise<BatchView> {
  const res = await h.call('POST', '/api/disbursements', { cookie, body: { dueAsOf: asOf } });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as BatchView;
}

async function fire(batch: BatchView, event: string, cookie: string, reason?: string): Promise<Response> {
  return h.call('POST', `/api/disbursements/${batch.id}/events`, {
    cookie,
    body: { event, version: batch.version, ...(reason ? { reason } : {}) },
  });
}

/** Prepared by one finance user, approved by another, roster downloaded and marked as sent. */
async function exportedBatch(asOf: string): Promise<BatchView> {
  const batch = await prepare(asOf);
  const approved = await fire(batch, 'approve', approver.cookie);
  expect(approved.status).toBe(200);
  const roster = await h.call('GET', `/api/disbursements/${batch.id}/roster.csv`, {
    cookie: approver.cookie,
  });
  expect(roster.status).toBe(200);
  await roster.text();
  const sent = await h.call('POST', `/api/disbursements/${batch.id}/send`, {
    cookie: approver.cookie,
    body: { version: ((await approved.json()) as BatchView).version },
  });
  expect(sent.status, await sent.clone().text()).toBe(200);
  return (await (
    await h.call('GET', `/api/disbursements/${batch.id}`, { cookie: approver.cookie })
  ).json()) as BatchView;
}

async function linesOf(batchId: string) {
  const res = await h.call('GET', `/api/disbursements/${batchId}/lines?pageSize=100`, {
    cookie: preparer.cookie,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    items: {
      lineNo: number;
      paymentLineId: string;
      amountFen: number;
      result: string;
      payeeName: string;
      account: string;
    }[];
    total: number;
  };
}

describe('preparing a batch', () => {
  it('takes every scheduled instalment of an active award due as of the date, in one batch, masked', async () => {
    const { asOf, due } = era();
    const a = await insertAward(h, [
      { amountFen: 100000, dueDate: due(1) },
      { amountFen: 100000, dueDate: due(2) },
    ]);
    const b = await insertAward(h, [{ amountFen: 250050, dueDate: due(3) }]);
    const stopped = await insertAward(h, [{ amountFen: 5000, dueDate: due(4) }], { awardState: 'stopped' });
    const later = await insertAward(h, [
      { amountFen: 7000, dueDate: `${Number(asOf.slice(0, 4)) + 1}-01-01` },
    ]);

    const preview = await h.call('GET', `/api/disbursements/preview?dueAsOf=${asOf}`, {
      cookie: preparer.cookie,
    });
    expect(await preview.json()).toEqual({
      dueAsOf: asOf,
      lineCount: 3,
      totalFen: 450050,
      heldCount: 0,
      heldFen: 0,
      held: [],
    });

    const batch = await prepare(asOf);
    expect(batch).toMatchObject({
      state: 'prepared',
      dueAsOf: asOf,
      lineCount: 3,
      totalFen: 450050,
      number: expect.stringMatching(/^FB\d{4}-\d{6}$/),
      preparedBy: { id: preparer.id },
      approvedBy: null,
      actions: ['cancel'],
      refusals: { approve: 'guard.four_eyes', send_back: 'guard.four_eyes' },
    });
    expect(await lineStates(h.db, [...a.lineIds, ...b.lineIds])).toEqual(
      Object.fromEntries([...a.lineIds, ...b.lineIds].map((id) => [id, 'in_batch'])),
    );
    expect(Object.values(await lineStates(h.db, [...stopped.lineIds, ...later.lineIds]))).toEqual([
      'scheduled',
      'scheduled',
    ]);
    const lines = await linesOf(batch.id);
    expect(lines.items.map((l) => l.lineNo)).toEqual([1, 2, 3]);
    const text = JSON.stringify(lines);
    for (const x of [a, b]) {
      expect(text).not.toContain(x.name);
      expect(text).not.toContain(x.account);
    }
    expect(lines.items[0]).toMatchObject({
      payeeName: `付${'*'.repeat(a.name.length - 2)}明`,
      result: 'pending',
    });
    const audit = await h.auditOf(batch.id, 'disbursement.prepare');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).toBe(preparer.id);
  });

  it('refuses when nothing is due (leaving nothing behind), a date in the future, and non-finance staff', async () => {
    const { asOf } = era();
    const before = await h.db
      .selectFrom('disbursement_batch')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const none = await h.call('POST', '/api/disbursements', {
      cookie: preparer.cookie,
      body: { dueAsOf: asOf },
    });
    expect(none.status).toBe(409);
    expect((await errorOf(none)).message).toMatch(/没有待发放/);
    const after = await h.db
      .selectFrom('disbursement_batch')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    const future = await h.call('POST', '/api/disbursements', {
      cookie: preparer.cookie,
      body: { dueAsOf: '2999-01-01' },
    });
    expect(future.status).toBe(400);
    expect((await errorOf(future)).details?.fields?.[0]?.path).toBe('dueAsOf');
    const bad = await h.call('POST', '/api/disbursements', {
      cookie: preparer.cookie,
      body: { dueAsOf: '2024-02-30' },
    });
    expect(bad.status).toBe(400);
  });

  it('takes an instalment into one batch only when two preparations run at once (a double click)', async () => {
    const { asOf, due } = era();
    const a = await insertAward(h, [
      { amountFen: 1000, dueDate: due(1) },
      { amountFen: 2000, dueDate: due(2) },
    ]);
    const [r1, r2] = await Promise.all(
      [preparer, approver].map((u) =>
        h.call('POST', '/api/disbursements', { cookie: u.cookie, body: { dueAsOf: asOf } }),
      ),
    );
    // One preparation at a time: the second waits for the first, then finds nothing of this award
    // due (409, or 201 with lines other test files left due in the shared database).
    expect([r1?.status, r2?.status]).toContain(201);
    for (const r of [r1, r2]) expect([201, 409]).toContain(r?.status);
    const lines = await h.db
      .selectFrom('disbursement_line')
      .select(['payment_line_id', 'batch_id'])
      .where('payment_line_id', 'in', a.lineIds)
      .execute();
    expect(lines).toHaveLength(2);
    expect(new Set(lines.map((l) => l.batch_id)).size).toBe(1);
  });
});

describe('the social-insurance payment conditions (二(四)5)', () => {
  type Preview = { lineCount: number; totalFen: number; heldCount: number; heldFen: number; held: unknown[] };
  type HeldPage = {
    items: { id: string; payeeName: string; reason: string; clause: string; months: number | null }[];
    total: number;
  };
  const clause = defaultPolicyVersion.commonConditions.minSocialInsuranceMonths.clause;

  async function preview(asOf: string): Promise<Preview> {
    const res = await h.call('GET', `/api/disbursements/preview?dueAsOf=${asOf}`, {
      cookie: preparer.cookie,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Preview;
  }
  async function held(asOf: string, query = ''): Promise<HeldPage> {
    const res = await h.call('GET', `/api/payment-holds?dueAsOf=${asOf}${query}`, {
      cookie: preparer.cookie,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as HeldPage;
  }

  it('holds a first payment with 2 months on record and pays one with 3, saying why, masked', async () => {
    const { asOf } = era();
    const y = asOf.slice(0, 4);
    const two = await insertAward(h, [{ amountFen: 30000, dueDate: `${y}-06-15` }], {
      contributions: { from: `${y}-04`, to: `${y}-05` },
    });
    const three = await insertAward(h, [{ amountFen: 40000, dueDate: `${y}-06-15` }], {
      contributions: { from: `${y}-03`, to: `${y}-05` },
    });

    expect(await preview(asOf)).toEqual({
      dueAsOf: asOf,
      lineCount: 1,
      totalFen: 40000,
      heldCount: 1,
      heldFen: 30000,
      held: [{ reason: 'payment.socialInsurance', clause, count: 1, totalFen: 30000 }],
    });
    const page = await held(asOf);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      id: two.lineIds[0],
      reason: 'payment.socialInsurance',
      clause,
      months: 2,
      minMonths: 3,
      amountFen: 30000,
      payeeName: `付${'*'.repeat(two.name.length - 2)}明`,
    });
    expect(JSON.stringify(page)).not.toContain(two.name);

    const batch = await prepare(asOf);
    expect(batch).toMatchObject({ lineCount: 1, totalFen: 40000 });
    expect(await lineStates(h.db, [...two.lineIds, ...three.lineIds])).toEqual({
      [two.lineIds[0] as string]: 'scheduled',
      [three.lineIds[0] as string]: 'in_batch',
    });
    // nothing else payable: the held line alone is no batch
    const again = await h.call('POST', '/api/disbursements', {
      cookie: preparer.cookie,
      body: { dueAsOf: asOf },
    });
    expect(again.status).toBe(409);
  });

  it('holds a later instalment once contributions stopped, and pays it when they resume', async () => {
    const { asOf } = era();
    const y = Number(asOf.slice(0, 4));
    const award = await insertAward(
      h,
      [
        { amountFen: 10000, dueDate: `${y}-02-15` },
        { amountFen: 20000, dueDate: `${y}-08-15` },
      ],
      { contributions: { from: `${y - 1}-11`, to: `${y}-03` } },
    );
    const [first, second] = award.lineIds as [string, string];
    // the first was paid in an earlier batch
    await h.db.updateTable('payment_line').set({ state: 'paid' }).where('id', '=', first).execute();
    expect(await preview(asOf)).toMatchObject({
      lineCount: 0,
      totalFen: 0,
      heldCount: 1,
      held: [
        {
          reason: 'payment.contributing',
          clause: defaultPolicyVersion.commonConditions.continuingContributions.clause,
          count: 1,
        },
      ],
    });
    expect((await held(asOf)).items).toMatchObject([
      { id: second, reason: 'payment.contributing', months: null },
    ]);
    const none = await h.call('POST', '/api/disbursements', {
      cookie: preparer.cookie,
      body: { dueAsOf: asOf },
    });
    expect(none.status).toBe(409);
    expect(await lineStates(h.db, award.lineIds)).toEqual({ [first]: 'paid', [second]: 'scheduled' });

    // the month before the due month is paid (the agency's records lag a month): payable again
    await recordContributions(h, award.applicant.id, { from: `${y}-07`, to: `${y}-07` });
    expect(await preview(asOf)).toMatchObject({ lineCount: 1, totalFen: 20000, heldCount: 0, held: [] });
  });

  it('asks the minimum months of every instalment until the award’s first is paid', async () => {
    const { asOf } = era();
    const y = Number(asOf.slice(0, 4));
    // one month on record, in June: contributing for July's instalment, but nothing paid yet
    const award = await insertAward(
      h,
      [
        { amountFen: 10000, dueDate: `${y}-05-15` },
        { amountFen: 20000, dueDate: `${y}-07-15` },
      ],
      { contributions: { from: `${y}-06`, to: `${y}-06` } },
    );
    expect((await held(asOf)).items).toMatchObject([
      { id: award.lineIds[0], reason: 'payment.socialInsurance', months: 0 },
      { id: award.lineIds[1], reason: 'payment.socialInsurance', months: 1 },
    ]);
  });

  it('decides in the batch statement exactly as evaluateSubsidyPayment decides on the same facts', async () => {
    const { asOf } = era();
    const y = Number(asOf.slice(0, 4));
    const p = (n: number) => String(n).padStart(2, '0');
    // first payments due in June with 0..5 months on record, some of them after the due date
    const cases: { contributions: { from: string; to: string } | 'none'; dues: string[] }[] = [
      { contributions: 'none', dues: [`${y}-06-10`] },
      ...[1, 2, 3, 4, 5].map((n) => ({
        contributions: { from: `${y}-${p(7 - n)}`, to: `${y}-06` },
        dues: [`${y}-06-10`],
      })),
      { contributions: { from: `${y}-05`, to: `${y}-09` }, dues: [`${y}-06-10`] },
      // later payments: contributing in the due month, the month before, two months before, after
      ...[
        [`${y}-08`, `${y}-08`],
        [`${y}-07`, `${y}-07`],
        [`${y}-06`, `${y}-06`],
        [`${y}-09`, `${y}-10`],
      ].map(([from, to]) => ({
        contributions: { from: `${y - 1}-10`, to: `${y - 1}-12` },
        later: { from, to },
        dues: [`${y}-01-05`, `${y}-08-20`],
      })),
    ];
    const awards: { award: AwardFixture; dues: string[]; paid: number }[] = [];
    for (const c of cases) {
      const award = await insertAward(
        h,
        c.dues.map((dueDate) => ({ amountFen: 1000, dueDate })),
        { contributions: c.contributions },
      );
      const later = (c as { later?: { from: string; to: string } }).later;
      if (later) {
        await recordContributions(h, award.applicant.id, later);
        // its first instalment paid in an earlier batch
        await h.db
          .updateTable('payment_line')
          .set({ state: 'paid' })
          .where('id', '=', award.lineIds[0] as string)
          .execute();
      }
      awards.push({ award, dues: c.dues, paid: later ? 1 : 0 });
    }

    const page = await held(asOf, '&pageSize=100');
    const sqlHeld = new Map(page.items.map((i) => [i.id, i.reason]));
    const expected = new Map<string, string>();
    for (const { award, dues, paid } of awards) {
      for (const [i, due] of dues.entries()) {
        if (i < paid) continue;
        const evaluation = await paymentCheck(
          h.db,
          { applicantUserId: award.applicant.id, policyVersionId: defaultPolicyVersion.id },
          paid + 1,
          due,
        );
        const failed = evaluation.criteria.find((c) => c.status !== 'pass');
        if (failed) expected.set(award.lineIds[i] as string, failed.id);
      }
    }
    expect(sqlHeld).toEqual(expected);
    // the cases cover both outcomes of both conditions
    expect(new Set(expected.values())).toEqual(new Set(['payment.socialInsurance', 'payment.contributing']));
    expect(expected.size).toBeLessThan(awards.reduce((n, a) => n + a.dues.length - a.paid, 0));
    const summary = await preview(asOf);
    expect(summary.heldCount).toBe(expected.size);
  });

  it('pages the held lines and refuses a malformed date', async () => {
    const { asOf } = era();
    const y = asOf.slice(0, 4);
    for (const day of [10, 11, 12]) {
      await insertAward(h, [{ amountFen: 500, dueDate: `${y}-03-${day}` }], { contributions: 'none' });
    }
    const second = await held(asOf, '&page=2&pageSize=2');
    expect(second.total).toBe(3);
    expect(second.items).toHaveLength(1);
    const bad = await h.call('GET', '/api/payment-holds?dueAsOf=2020-13-01', { cookie: preparer.cookie });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).details?.fields?.[0]?.path).toBe('dueAsOf');
  });
});

describe('approving a batch (four eyes)', () => {
  it('is refused to its preparer, done by another finance user, and a stale version is a 409', async () => {
    const { asOf, due } = era();
    await insertAward(h, [{ amountFen: 1000, dueDate: due(1) }]);
    const batch = await prepare(asOf);
    const own = await fire(batch, 'approve', preparer.cookie);
    expect(own.status).toBe(403);
    expect((await errorOf(own)).code).toBe('forbidden');

    const ok = await fire(batch, 'approve', approver.cookie);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      state: 'approved',
      approvedBy: { id: approver.id },
      actions: ['export', 'cancel'],
    });
    const stale = await fire(batch, 'approve', approver.cookie);
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).details).toMatchObject({ state: 'approved' });
    expect(await h.auditOf(batch.id, 'disbursement.approve')).toHaveLength(1);
  });

  it('lets exactly one of two finance users approving at once succeed', async () => {
    const { asOf, due } = era();
    await insertAward(h, [{ amountFen: 1000, dueDate: due(1) }]);
    const batch = await prepare(asOf);
    const third = await h.bureau(['finance']);
    const results = await Promise.all([
      fire(batch, 'approve', approver.cookie),
      fire(batch, 'approve', third.cookie),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await h.auditOf(batch.id, 'disbursement.approve')).toHaveLength(1);
  });

  it('sends back (reason required) or cancels, and the instalments wait for the next batch', async () => {
    const { asOf, due } = era();
    const a = await insertAward(h, [{ amountFen: 1000, dueDate: due(1) }]);
    const batch = await prepare(asOf);
    const noReason = await fire(batch, 'send_back', approver.cookie);
    expect(noReason.status).toBe(400);
    const back = await fire(batch, 'send_back', approver.cookie, '金额核对有误,请重新编制');
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ state: 'cancelled', cancelReason: '金额核对有误,请重新编制' });
    expect(await lineStates(h.db, a.lineIds)).toEqual({ [a.lineIds[0] as string]: 'scheduled' });
    const again = await prepare(asOf);
    expect(again.lineCount).toBe(1);
    const cancel = await fire(again, 'cancel', preparer.cookie, '暂缓发放');
    expect(cancel.status).toBe(200);
    expect((await linesOf(again.id)).items.map((l) => l.result)).toEqual(['released']);
  });
});

describe('the roster (发放花名册)', () => {
  it('is downloaded only once approved, as CSV and XLSX with full names and accounts, audited each time, changing nothing', async () => {
    const { asOf, due } = era();
    const a = await insertAward(h, [
      { amountFen: 123456, dueDate: due(1) },
      { amountFen: 100, dueDate: due(2) },
    ]);
    const batch = await prepare(asOf);
    const early = await h.call('GET', `/api/disbursements/${batch.id}/roster.csv`, {
      cookie: approver.cookie,
    });
    expect(early.status).toBe(409);
    expect((await fire(batch, 'approve', approver.cookie)).status).toBe(200);

    const csv = await h.call('GET', `/api/disbursements/${batch.id}/roster.csv`, { cookie: approver.cookie });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain(encodeURIComponent(batch.number));
    const rows = parse(await csv.text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      '序号',
      '明细号',
      '收款人姓名',
      '社保卡开户银行',
      '社保卡账号',
      '金额(元)',
      '款项',
      '期次',
      '应发日期',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        '1',
        lineReference(batch.number, 1),
        a.name,
        '甘肃银行',
        a.account,
        '1234.56',
        '生活补贴',
        '1/2',
        due(1),
      ],
      ['2', lineReference(batch.number, 2), a.name, '甘肃银行', a.account, '1.00', '生活补贴', '2/2', due(2)],
    ]);
    const after = (await (
      await h.call('GET', `/api/disbursements/${batch.id}`, { cookie: approver.cookie })
    ).json()) as BatchView;
    // a download is a read: the batch is as it was (sending to the bank is POST /send)
    expect(after).toMatchObject({ state: 'approved', exportedAt: null, version: batch.version + 1 });

    const xlsx = await h.call('GET', `/api/disbursements/${batch.id}/roster.xlsx`, {
      cookie: approver.cookie,
    });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('发放花名册');
    expect(sheet?.rowCount).toBe(3);
    expect(((sheet?.getRow(2).values ?? []) as unknown[]).slice(1)).toEqual(rows[1]);
    const exports = await h.auditOf(batch.id, 'disbursement.roster_download');
    expect(exports.map((e) => (e.details as { format: string }).format)).toEqual(['csv', 'xlsx']);
    expect(exports.map((e) => (e.details as { version: number }).version)).toEqual([
      batch.version + 1,
      batch.version + 1,
    ]);
    expect(JSON.stringify(exports)).not.toContain(a.account);
  });
});

describe('the bank’s results', () => {
  let a: AwardFixture;
  let b: AwardFixture;
  let batch: BatchView;
  let ref: (n: number) => string;
  let payment: (lineNo: number) => string;

  beforeAll(async () => {
    const { asOf, due } = era();
    a = await insertAward(h, [{ amountFen: 100000, dueDate: due(1) }]);
    b = await insertAward(h, [{ amountFen: 250050, dueDate: due(2) }]);
    batch = await exportedBatch(asOf);
    // 1 = a's instalment, 2 = b's (the roster numbers payee by payee); any other number is no line
    const lines = await linesOf(batch.id);
    const own = [a.lineIds[0], b.lineIds[0]];
    const lineNo = (n: number) => lines.items.find((l) => l.paymentLineId === own[n - 1])?.lineNo ?? n;
    ref = (n) => lineReference(batch.number, lineNo(n));
    payment = (n) => own[n - 1] ?? '';
  });

  async function nothingApplied() {
    expect(Object.values(await lineStates(h.db, [...a.lineIds, ...b.lineIds]))).toEqual([
      'in_batch',
      'in_batch',
    ]);
    expect((await linesOf(batch.id)).items.map((l) => l.result)).toEqual(['pending', 'pending']);
  }

  it.each([
    ['an unknown line', 'unknown', 'reference_unknown'],
    ['a duplicate line', 'duplicate', 'reference_duplicate'],
    ['an amount differing from the roster', 'amount', 'amount_mismatch'],
  ] as const)(
    'rejects a file with %s: 422, a line-by-line report, nothing applied',
    async (_label, kind, code) => {
      const rows =
        kind === 'duplicate'
          ? [
              [ref(1), '1000.00', '成功', ''],
              [ref(1), '1000.00', '成功', ''],
              [ref(2), '2500.50', '成功', ''],
            ]
          : kind === 'amount'
            ? [
                [ref(1), '1000.00', '成功', ''],
                [ref(2), '2500.00', '成功', ''],
              ]
            : [
                [ref(1), '1000.00', '成功', ''],
                [ref(9), '1000.00', '成功', ''],
              ];
      const res = await uploadResults(h, batch.id, approver.cookie, resultCsv(rows));
      expect(res.status).toBe(422);
      const error = await errorOf(res);
      expect(error.code).toBe('unprocessable');
      const report = error.details as unknown as ImportReport;
      expect(report.status).toBe('rejected');
      expect(report.issues).toHaveLength(1);
      expect(report.issues[0]).toMatchObject({ row: 3, code });
      await nothingApplied();
    },
  );

  it('applies a clean file at once: paid and failed, the payees told; the same file twice is a 409', async () => {
    const file = resultCsv([
      [ref(1), '1000.00', '成功', '', 'B001'],
      [ref(2), '2500.50', '失败', '户名与账号不符', ''],
    ]);
    const res = await uploadResults(h, batch.id, approver.cookie, file);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'applied',
      rowCount: 2,
      paidCount: 1,
      failedCount: 1,
      paidFen: 100000,
    });
    expect(await lineStates(h.db, [payment(1), payment(2)])).toEqual({
      [payment(1)]: 'paid',
      [payment(2)]: 'failed',
    });
    const again = await uploadResults(h, batch.id, approver.cookie, file);
    expect(again.status).toBe(409);
    const note = await h.db
      .selectFrom('notification')
      .select(['kind', 'params'])
      .where('entity_id', '=', payment(1))
      .executeTakeFirstOrThrow();
    expect(note).toMatchObject({
      kind: 'notification.payment.paid',
      params: { amount: '1000.00', batch: batch.number },
    });

    const view = (await (
      await h.call('GET', `/api/disbursements/${batch.id}`, { cookie: preparer.cookie })
    ).json()) as BatchView;
    expect(view).toMatchObject({
      paidCount: 1,
      paidFen: 100000,
      failedCount: 1,
      pendingCount: 0,
      actions: ['reconcile'],
    });
    const reconciled = await fire(view, 'reconcile', preparer.cookie);
    expect(reconciled.status).toBe(200);
    expect(await reconciled.json()).toMatchObject({ state: 'reconciled' });
    const imports = await h.call('GET', `/api/disbursements/${batch.id}/imports`, {
      cookie: preparer.cookie,
    });
    expect(((await imports.json()) as { items: { status: string }[] }).items.map((i) => i.status)).toEqual([
      'applied',
      'rejected',
      'rejected',
      'rejected',
    ]);

    // the graduate's own payment history
    const mine = await h.call('GET', '/api/me/payments', { cookie: a.applicant.cookie });
    expect(((await mine.json()) as { items: { id: string; state: string }[] }).items).toEqual([
      expect.objectContaining({ state: 'paid', paidOn: expect.any(String) }),
    ]);
  });

  it('pays no instalment twice, by database constraint as well', async () => {
    const paid = await h.db
      .selectFrom('disbursement_line')
      .selectAll()
      .where('payment_line_id', '=', payment(1))
      .executeTakeFirstOrThrow();
    const other = await h.db
      .insertInto('disbursement_batch')
      .values({
        number: `FBX-${Date.now()}`,
        state: 'exported',
        due_as_of: '2000-01-01',
        line_count: 1,
        total_fen: 1,
        prepared_by: preparer.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      h.db
        .insertInto('disbursement_line')
        .values({ ...paid, id: undefined, batch_id: other.id, import_id: null })
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('reissues a failed line to the account verified by a second person, into a later batch', async () => {
    const failed = await h.call('GET', '/api/disbursements/failed-lines?pageSize=100', {
      cookie: preparer.cookie,
    });
    const item = (
      (await failed.json()) as {
        items: { id: string; version: number; failureReason: string; account: string; claimId: string }[];
      }
    ).items.find((i) => i.id === payment(2));
    expect(item).toMatchObject({ failureReason: '户名与账号不符', claimId: b.claimId });
    const reviewer = await h.bureau(['reviewer']);
    const enter = (bankAccount: string) =>
      h.call('POST', '/api/payee-account-changes', {
        cookie: reviewer.cookie,
        body: { claimId: b.claimId, bankName: '中国农业银行', bankAccount, evidence: '社保卡复印件' },
      });
    expect((await enter('12ab')).status).toBe(400);
    const entered = await enter('6228480000111122223');
    expect(entered.status).toBe(201);
    const change = (await entered.json()) as { id: string; version: number; state: string };
    expect(change.state).toBe('pending');
    // not yet verified: the claim keeps its account and the line waits
    const early = await h.call('POST', `/api/disbursements/failed-lines/${payment(2)}/reissue`, {
      cookie: reviewer.cookie,
      body: { version: item?.version },
    });
    expect(early.status).toBe(409);
    expect((await errorOf(early)).message).toMatch(/核验/);
    const verified = await h.call('POST', `/api/payee-account-changes/${change.id}/verify`, {
      cookie: preparer.cookie,
      body: { version: change.version },
    });
    expect(verified.status).toBe(200);
    const res = await h.call('POST', `/api/disbursements/failed-lines/${payment(2)}/reissue`, {
      cookie: reviewer.cookie,
      body: { version: item?.version },
    });
    expect(res.status).toBe(204);
    const stale = await h.call('POST', `/api/disbursements/failed-lines/${payment(2)}/reissue`, {
      cookie: reviewer.cookie,
      body: { version: item?.version },
    });
    expect(stale.status).toBe(409);
    expect(await lineStates(h.db, [payment(2)])).toEqual({ [payment(2)]: 'scheduled' });
    const claim = await h.db
      .selectFrom('subsidy_claim')
      .selectAll()
      .where('id', '=', b.claimId)
      .executeTakeFirstOrThrow();
    expect(claim.bank_account_masked).toBe('6228***********2223');
    const audit = await h.auditOf(b.claimId, 'payee_account_change.verify');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('6228480000111122223');

    const next = await prepare(batch.dueAsOf);
    expect(next).toMatchObject({ lineCount: 1, totalFen: 250050 });
    const lines = await linesOf(next.id);
    expect(lines.items[0]).toMatchObject({ paymentLineId: payment(2), account: '6228***********2223' });
  });
});

describe('a double click on “import”', () => {
  it('applies the same result file once: one 200, one 409, every line answered once', async () => {
    const { asOf, due } = era();
    const a = await insertAward(h, [
      { amountFen: 500, dueDate: due(1) },
      { amountFen: 600, dueDate: due(2) },
    ]);
    const batch = await exportedBatch(asOf);
    const lines = await linesOf(batch.id);
    const file = resultCsv(
      lines.items.map((l) => [lineReference(batch.number, l.lineNo), yuanText(l.amountFen), '成功', '']),
    );
    const results = await Promise.all([
      uploadResults(h, batch.id, approver.cookie, file),
      uploadResults(h, batch.id, preparer.cookie, file),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await lineStates(h.db, a.lineIds)).toEqual(
      Object.fromEntries(a.lineIds.map((id) => [id, 'paid'])),
    );
    const view = (await (
      await h.call('GET', `/api/disbursements/${batch.id}`, { cookie: preparer.cookie })
    ).json()) as BatchView;
    expect(view).toMatchObject({ paidCount: 2, paidFen: 1100, pendingCount: 0 });
  });
});

describe('checking a result file first', () => {
  it('records a clean file as checked and applies nothing; the same file then applies', async () => {
    const { asOf, due } = era();
    const a = await insertAward(h, [{ amountFen: 700, dueDate: due(1) }]);
    const batch = await exportedBatch(asOf);
    const file = resultCsv([[lineReference(batch.number, 1), '7.00', '成功', '']]);
    const checked = await uploadResults(h, batch.id, approver.cookie, file, 'result.csv', true);
    expect(checked.status).toBe(200);
    expect(await checked.json()).toMatchObject({ status: 'validated', paidCount: 1, paidFen: 700 });
    expect(await lineStates(h.db, a.lineIds)).toEqual({ [a.lineIds[0] as string]: 'in_batch' });
    expect(await h.auditOf(batch.id, 'disbursement.results_checked')).toHaveLength(1);
    const applied = await uploadResults(h, batch.id, approver.cookie, file);
    expect(applied.status).toBe(200);
    expect(await lineStates(h.db, a.lineIds)).toEqual({ [a.lineIds[0] as string]: 'paid' });
    const imports = await h.call('GET', `/api/disbursements/${batch.id}/imports`, {
      cookie: approver.cookie,
    });
    expect(((await imports.json()) as { items: { status: string }[] }).items.map((i) => i.status)).toEqual([
      'applied',
      'validated',
    ]);
  });
});
