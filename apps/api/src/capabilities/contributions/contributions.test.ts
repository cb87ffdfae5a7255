import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf } from '../../testing/index.js';
import { activeAward } from '../clawbacks/fixtures.js';
import { verifiedOrganisation } from '../employers/fixtures.js';
import { uploadContributions, usccOf } from './fixtures.js';
import { contributionFacts } from './repository.js';
import { paymentCheck } from './service.js';

const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

type Report = {
  item: {
    id: string;
    status: string;
    rowCount: number;
    appliedCount: number;
    skippedCount: number;
    errorCount: number;
  };
  report: { row: number; residentId: string | null; outcome: string; codes: string[] }[];
};

describe('employer: talent with awards and their contributions', () => {
  it('lists the organisation’s awards, masked, and confirms a range of months once', async () => {
    const h = await createTestHarness();
    const org = await verifiedOrganisation(h);
    const other = await verifiedOrganisation(h);
    const { awardId, graduate } = await activeAward(h, { employerId: org.employerId });
    await activeAward(h, { employerId: other.employerId });

    const confirm = (body: unknown, cookie = org.hr.cookie) =>
      h.call('POST', `/api/employer/awards/${awardId}/contributions`, { cookie, body });
    const first = await confirm({ fromMonth: '2025-01', toMonth: '2025-06' });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ added: 6, alreadyRecorded: 0 });
    expect(await (await confirm({ fromMonth: '2025-05', toMonth: '2025-08' })).json()).toEqual({
      added: 2,
      alreadyRecorded: 2,
    });
    const audit = await h.auditOf(awardId, 'contribution.confirm');
    expect(audit.map((a) => a.details)).toEqual([
      { fromMonth: '2025-01', toMonth: '2025-06', added: 6 },
      { fromMonth: '2025-05', toMonth: '2025-08', added: 2 },
    ]);

    const page = (await (
      await h.call('GET', '/api/employer/awards', { cookie: org.admin.cookie })
    ).json()) as {
      items: { awardId: string; name: string; contributedMonths: number; lastMonth: string }[];
      total: number;
    };
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      awardId,
      name: '王*红',
      contributedMonths: 8,
      lastMonth: '2025-08',
    });

    // what the payment rules see
    expect(await contributionFacts(h.db, graduate.id, '2025-08-20')).toEqual({
      socialInsuranceMonths: 8,
      contributing: true,
    });
    expect(await contributionFacts(h.db, graduate.id, '2025-03-01')).toEqual({
      socialInsuranceMonths: 3,
      contributing: true,
    });
    expect(await contributionFacts(h.db, graduate.id, '2025-11-01')).toEqual({
      socialInsuranceMonths: 8,
      contributing: false,
    });
  });

  it('refuses months not yet begun, a reversed or too long range, and another organisation’s months', async () => {
    const h = await createTestHarness();
    const org = await verifiedOrganisation(h);
    const { awardId, graduate } = await activeAward(h, { employerId: org.employerId });
    const confirm = (body: unknown) =>
      h.call('POST', `/api/employer/awards/${awardId}/contributions`, { cookie: org.hr.cookie, body });
    const future = await confirm({ fromMonth: thisMonth(), toMonth: '2999-01' });
    expect((await errorOf(future)).details?.fields?.[0]?.code).toMatch(
      /validation\.month\.(future|rangeTooLong)/,
    );
    expect(
      (await errorOf(await confirm({ fromMonth: '2025-05', toMonth: '2025-04' }))).details?.fields?.[0]?.code,
    ).toBe('validation.month.rangeOrder');
    expect((await confirm({ fromMonth: '2025-5', toMonth: '2025-06' })).status).toBe(400);

    const other = await verifiedOrganisation(h);
    await h.db
      .insertInto('social_insurance_contribution')
      .values({
        applicant_user_id: graduate.id,
        employer_id: other.employerId,
        month: '2025-03-01',
        source: 'employer',
        confirmed_by: other.admin.id,
      })
      .execute();
    const clash = await confirm({ fromMonth: '2025-01', toMonth: '2025-04' });
    expect(clash.status).toBe(409);
    expect((await errorOf(clash)).details).toEqual({ months: ['2025-03'] });
    expect(await contributionFacts(h.db, graduate.id, '2025-12-01')).toMatchObject({
      socialInsuranceMonths: 1,
    });
  });
});

describe('bureau: the contributions file', () => {
  it('applies a valid CSV whole, skipping months already on record, with a row-by-row report', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    const org = await verifiedOrganisation(h);
    const { graduate } = await activeAward(h, { employerId: org.employerId });
    const code = await usccOf(h, org.employerId);
    const csv = `身份证号码,单位统一社会信用代码,缴费月份\r\n${graduate.residentId},${code},2025-01\r\n${graduate.residentId},${code},2025/2\r\n,,\r\n`;
    const res = await uploadContributions(h, reviewer.cookie, '社保缴费.csv', csv);
    expect(res.status).toBe(201);
    const body = (await res.json()) as Report;
    expect(body.item).toMatchObject({
      status: 'applied',
      rowCount: 2,
      appliedCount: 2,
      skippedCount: 0,
      errorCount: 0,
    });
    expect(body.report.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'applied'],
      [3, 'applied'],
    ]);
    expect(body.report[0]?.residentId).toMatch(/^\d{4}\*+[\dX]{4}$/);
    expect(await contributionFacts(h.db, graduate.id, '2025-02-15')).toEqual({
      socialInsuranceMonths: 2,
      contributing: true,
    });
    expect((await h.auditOf(body.item.id, 'contribution.import'))[0]).toMatchObject({
      actor_id: reviewer.id,
    });

    const again = (await (await uploadContributions(h, reviewer.cookie, 'again.csv', csv)).json()) as Report;
    expect(again.item).toMatchObject({ status: 'applied', appliedCount: 0, skippedCount: 2 });
    expect(again.report[0]?.codes).toEqual(['import.row.alreadyRecorded']);

    const stored = (await (
      await h.call('GET', `/api/bureau/contribution-imports/${body.item.id}`, { cookie: reviewer.cookie })
    ).json()) as Report;
    expect(stored.report).toEqual(body.report);
    const list = (await (
      await h.call('GET', '/api/bureau/contribution-imports', { cookie: reviewer.cookie })
    ).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((i) => i.id)).toContain(again.item.id);
  });

  it('refuses a whole .xlsx when any row is bad: unknown person or organisation, repeat, bad month; nothing applied', async () => {
    const h = await createTestHarness();
    const finance = await h.bureau(['finance']);
    const org = await verifiedOrganisation(h);
    const { graduate } = await activeAward(h, { employerId: org.employerId });
    const code = await usccOf(h, org.employerId);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('明细');
    sheet.addRow(['公民身份号码', '统一社会信用代码', '费款所属期']);
    sheet.addRow([graduate.residentId, code, new Date('2025-04-01T00:00:00Z')]);
    sheet.addRow([graduate.residentId, code, '2025-04']);
    sheet.addRow(['11010519491231002X', code, '2025-05']);
    sheet.addRow([graduate.residentId, '91110000100000000X', '2025-06']);
    sheet.addRow([graduate.residentId, code, '2025-13']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await uploadContributions(h, finance.cookie, 'april.xlsx', bytes);
    expect(res.status).toBe(201);
    const body = (await res.json()) as Report;
    expect(body.item).toMatchObject({ status: 'rejected', rowCount: 5, appliedCount: 0, errorCount: 4 });
    expect(body.report.map((r) => [r.row, r.outcome, r.codes])).toEqual([
      [2, 'valid', []],
      [3, 'error', ['import.row.duplicate']],
      [4, 'error', ['import.row.unknownPerson']],
      [5, 'error', expect.arrayContaining([expect.stringMatching(/import\.row\.(uscc|unknownEmployer)/)])],
      [6, 'error', ['import.row.month']],
    ]);
    expect(await contributionFacts(h.db, graduate.id, '2025-12-01')).toMatchObject({
      socialInsuranceMonths: 0,
    });
  });

  it('refuses a file without the columns, a PDF, an empty file and one over 20,000 rows', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const noColumns = await uploadContributions(h, admin.cookie, 'x.csv', '姓名,月份\r\n张三,2025-01\r\n');
    expect((await errorOf(noColumns)).details?.fields?.[0]).toMatchObject({
      path: 'file',
      code: 'validation.import.header',
    });
    const pdf = await uploadContributions(h, admin.cookie, 'x.pdf', '%PDF-1.4');
    expect(pdf.status).toBe(400);
    const empty = await uploadContributions(
      h,
      admin.cookie,
      'x.csv',
      '身份证号码,单位统一社会信用代码,缴费月份\r\n',
    );
    expect((await errorOf(empty)).details?.fields?.[0]).toMatchObject({
      path: 'file',
      code: 'validation.import.empty',
    });
    const row = '110101199003071234,91620000MA00000000,2025-01\r\n';
    const tooLong = await uploadContributions(
      h,
      admin.cookie,
      'x.csv',
      `身份证号码,单位统一社会信用代码,缴费月份\r\n${row.repeat(20_001)}`,
    );
    expect((await errorOf(tooLong)).details?.fields?.[0]).toMatchObject({
      path: 'file',
      code: 'validation.import.tooManyRows',
    });
  });
});

describe('the payment rules see the months', () => {
  it('holds a first payment until the minimum months are on record, and a later one while contributions stop', async () => {
    const h = await createTestHarness();
    const org = await verifiedOrganisation(h);
    const { awardId, graduate, award } = await activeAward(h, { employerId: org.employerId });
    const subject = { applicantUserId: graduate.id, policyVersionId: award.policyVersionId };
    const confirm = (fromMonth: string, toMonth: string) =>
      h.call('POST', `/api/employer/awards/${awardId}/contributions`, {
        cookie: org.hr.cookie,
        body: { fromMonth, toMonth },
      });
    await confirm('2025-01', '2025-02');
    const early = await paymentCheck(h.db, subject, 1, '2025-02-20');
    expect(early.outcome).toBe('ineligible');
    expect(early.criteria[0]).toMatchObject({ id: 'payment.socialInsurance', measured: 2, required: 3 });
    await confirm('2025-03', '2025-03');
    expect((await paymentCheck(h.db, subject, 1, '2025-03-20')).outcome).toBe('eligible');
    expect((await paymentCheck(h.db, subject, 2, '2025-04-20')).outcome).toBe('eligible');
    expect((await paymentCheck(h.db, subject, 3, '2025-06-20')).outcome).toBe('ineligible');
  });
});
