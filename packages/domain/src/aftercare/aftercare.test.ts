import { describe, expect, it } from 'vitest';
import { localizeIssues } from '../i18n/localizeIssues';
import { makeResidentId, makeUscc } from '../testing';
import { checkContributionRows, contributionColumns, normaliseMonth } from './importRows';
import {
  clawbackWaiveSchema,
  contributionConfirmSchema,
  departureReportSchema,
  monthsFromTo,
} from './schemas';

const codes = (r: { success: boolean; error?: { issues: readonly import('zod').z.core.$ZodIssue[] } }) =>
  r.error === undefined ? [] : localizeIssues(r.error.issues, 'en').map((i) => `${i.path}:${i.code}`);

describe('aftercare schemas', () => {
  it('lists every month of a range across a year end', () => {
    expect(monthsFromTo('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsFromTo('2026-03', '2026-03')).toEqual(['2026-03']);
  });

  it('confirms a range of at most 36 months, in order, of real months', () => {
    expect(contributionConfirmSchema.parse({ fromMonth: '2025-01', toMonth: '2027-12' })).toEqual({
      fromMonth: '2025-01',
      toMonth: '2027-12',
    });
    expect(codes(contributionConfirmSchema.safeParse({ fromMonth: '2025-13', toMonth: '2025-01' }))).toEqual([
      'fromMonth:validation.month.invalid',
    ]);
    expect(codes(contributionConfirmSchema.safeParse({ fromMonth: '2025-05', toMonth: '2025-04' }))).toEqual([
      'toMonth:validation.month.rangeOrder',
    ]);
    expect(codes(contributionConfirmSchema.safeParse({ fromMonth: '2025-01', toMonth: '2028-01' }))).toEqual([
      'toMonth:validation.month.rangeTooLong',
    ]);
  });

  it('needs a real departure date and a waiver reason', () => {
    expect(codes(departureReportSchema.safeParse({ departedOn: '2026-02-30' }))).toEqual([
      'departedOn:validation.date.invalid',
    ]);
    expect(codes(clawbackWaiveSchema.safeParse({ version: 1, reason: '' }))).toEqual([
      'reason:validation.reason.length',
    ]);
  });
});

describe('contribution file rows', () => {
  const today = '2026-06-15';
  const id = makeResidentId({ birthDate: '1998-04-02', seq: 12, sex: 'female' });
  const uscc = makeUscc({ orgCode: 'MA1234567' });

  it('finds the columns by their Chinese or English names', () => {
    expect(contributionColumns(['身份证号码', '统一社会信用代码', '缴费月份'])).toEqual({
      ok: true,
      columns: { residentId: '身份证号码', uscc: '统一社会信用代码', month: '缴费月份' },
    });
    expect(contributionColumns(['residentId', '姓名'])).toEqual({ ok: false, missing: ['uscc', 'month'] });
  });

  it('reads the months spreadsheets write', () => {
    expect(['2026-03', '2026/3', '202603', '2026-03-01', '2026年3月'].map(normaliseMonth)).toEqual(
      Array(5).fill('2026-03'),
    );
    expect(['2026-13', 'March', ''].map(normaliseMonth)).toEqual([null, null, null]);
  });

  it('reports each row’s errors with its spreadsheet row number, and repeats', () => {
    const columns = { residentId: 'id', uscc: 'code', month: 'm' };
    const rows = [
      { id, code: uscc, m: '2026-05' },
      { id: '', code: '', m: '' },
      { id: id.slice(0, 17), code: 'nope', m: '2026-07' },
      { id: id.toLowerCase(), code: uscc, m: '2026/5' },
    ];
    const checked = checkContributionRows(rows, columns, today);
    expect(checked).toEqual([
      { row: 2, residentId: id, uscc, month: '2026-05', errors: [] },
      {
        row: 4,
        residentId: null,
        uscc: null,
        month: '2026-07',
        errors: [
          { field: 'residentId', code: 'import.row.residentId' },
          { field: 'uscc', code: 'import.row.uscc' },
          { field: 'month', code: 'import.row.futureMonth' },
        ],
      },
      {
        row: 5,
        residentId: id,
        uscc,
        month: '2026-05',
        errors: [{ field: null, code: 'import.row.duplicate' }],
      },
    ]);
  });
});
