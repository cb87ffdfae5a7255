import { describe, expect, it } from 'vitest';
import { localizeIssues } from '../i18n/localizeIssues';
import { isMessageKey } from '../i18n/messages';
import { t } from '../i18n/t';
import { makeResidentId } from '../testing/identifiers';
import { normaliseCardDate, resolveCardColumns, validateCardRows } from './importRows';
import {
  expiresSoon,
  talentCardRevokeSchema,
  talentCardSchema,
  talentCardStandingOn,
  talentCardUpdateSchema,
} from './schemas';

const holderId = makeResidentId({ regionCode: '621002', birthDate: '1985-09-23', sex: 'male', seq: 71 });
const card = {
  cardNumber: ' LYRC-A-2025-0001 ',
  holderName: '周博文',
  holderResidentId: holderId.toLowerCase(),
  tier: 'A',
  issueDate: '2025-01-10',
  expiryDate: '2030-01-09',
};

function codes(result: { success: boolean; error?: { issues: readonly import('zod').z.core.$ZodIssue[] } }) {
  return result.error === undefined
    ? []
    : localizeIssues(result.error.issues, 'en').map((i) => `${i.path}:${i.code}`);
}

describe('talent card schema', () => {
  it('trims the number and normalises the resident ID', () => {
    expect(talentCardSchema.parse(card)).toEqual({
      ...card,
      cardNumber: 'LYRC-A-2025-0001',
      holderResidentId: holderId,
    });
  });

  it('names each bad field with a catalogue key', () => {
    const bad = {
      cardNumber: 'x'.repeat(41),
      holderName: '',
      holderResidentId: `${holderId.slice(0, 17)}${holderId.endsWith('1') ? '2' : '1'}`,
      tier: 'ABCDEFGHIJK',
      issueDate: '2025-02-30',
      expiryDate: '2025-01-01',
    };
    expect(codes(talentCardSchema.safeParse(bad))).toEqual([
      'cardNumber:validation.talentCard.number',
      'holderName:validation.name.length',
      'holderResidentId:validation.residentId.checksum',
      'tier:validation.talentCard.tier',
      'issueDate:validation.date.invalid',
    ]);
  });

  it('refuses an expiry date before the issue date; the same day is a one-day card', () => {
    expect(codes(talentCardSchema.safeParse({ ...card, expiryDate: '2025-01-09' }))).toEqual([
      'expiryDate:validation.talentCard.expiryBeforeIssue',
    ]);
    expect(talentCardSchema.safeParse({ ...card, expiryDate: '2025-01-10' }).success).toBe(true);
  });

  it('an edit and a revocation carry the version the officer saw', () => {
    expect(codes(talentCardUpdateSchema.safeParse(card))).toEqual(['version:validation.required']);
    // An empty resident ID keeps the stored one; a wrong one is still refused.
    expect(
      talentCardUpdateSchema.parse({ ...card, holderResidentId: ' ', version: 2 }).holderResidentId,
    ).toBeUndefined();
    expect(codes(talentCardUpdateSchema.safeParse({ ...card, holderResidentId: '123', version: 2 }))).toEqual(
      ['holderResidentId:validation.residentId.length'],
    );
    expect(codes(talentCardRevokeSchema.safeParse({ reason: '持卡人已调离', version: 0 }))).toEqual([
      'version:validation.talentCard.version',
    ]);
    expect(codes(talentCardRevokeSchema.safeParse({ reason: ' ', version: 1 }))).toEqual([
      'reason:validation.reason.length',
    ]);
  });
});

describe('standing on a date', () => {
  const stored = { status: 'valid' as const, issueDate: '2025-01-10', expiryDate: '2026-03-31' };
  it('is valid from the issue date through the expiry date', () => {
    expect(talentCardStandingOn(stored, '2025-01-10')).toBe('valid');
    expect(talentCardStandingOn(stored, '2026-03-31')).toBe('valid');
  });
  it('has expired the day after the expiry date, and is not in force before issue', () => {
    expect(talentCardStandingOn(stored, '2026-04-01')).toBe('expired');
    expect(talentCardStandingOn(stored, '2025-01-09')).toBe('not_yet_issued');
  });
  it('a revoked card is revoked whatever the date', () => {
    expect(talentCardStandingOn({ ...stored, status: 'revoked' }, '2025-06-01')).toBe('revoked');
  });
  it('expires soon within 60 days, the 60th day included', () => {
    expect(expiresSoon(stored, '2026-01-30')).toBe(true); // 60 days before 2026-03-31
    expect(expiresSoon(stored, '2026-01-29')).toBe(false);
    expect(expiresSoon(stored, '2026-04-01')).toBe(false);
    expect(expiresSoon({ ...stored, status: 'revoked' }, '2026-03-01')).toBe(false);
  });
});

describe('import columns and dates', () => {
  it('reads Chinese and English headers, whatever their case and separators', () => {
    const { columns, missing } = resolveCardColumns([
      '卡号',
      'Holder Name',
      'HOLDER_RESIDENT_ID',
      '等级',
      'issue-date',
      '有效期至',
      '备注',
    ]);
    expect([...columns.values()]).toEqual([
      'cardNumber',
      'holderName',
      'holderResidentId',
      'tier',
      'issueDate',
      'expiryDate',
    ]);
    expect(missing).toEqual([]);
    expect(resolveCardColumns(['卡号', '姓名']).missing).toEqual([
      'holderResidentId',
      'tier',
      'issueDate',
      'expiryDate',
    ]);
  });

  it('accepts the ways officers type dates, and leaves anything else for the schema to refuse', () => {
    expect(normaliseCardDate('2025/3/1')).toBe('2025-03-01');
    expect(normaliseCardDate('2025.03.01')).toBe('2025-03-01');
    expect(normaliseCardDate('2025年3月1日')).toBe('2025-03-01');
    expect(normaliseCardDate(' 2025-03-01 ')).toBe('2025-03-01');
    expect(normaliseCardDate('2025/2/30')).toBe('2025/2/30');
    expect(normaliseCardDate('下月')).toBe('下月');
  });
});

describe('validateCardRows', () => {
  const row = (n: number, over: Record<string, string> = {}) => ({
    卡号: `LYRC-A-2025-${String(n).padStart(4, '0')}`,
    姓名: `持卡人${n}`,
    身份证号: makeResidentId({ regionCode: '621002', birthDate: '1980-01-01', sex: 'male', seq: n }),
    等级: 'A',
    发卡日期: '2025-01-01',
    有效期至: '2029-12-31',
    ...over,
  });

  it('numbers rows as the spreadsheet does (header = row 1) and names the row with a bad date', () => {
    // rows[5] is the sixth card, on spreadsheet row 7
    const rows = [1, 2, 3, 4, 5, 6, 7].map((n) => row(n, n === 6 ? { 发卡日期: '2025-13-01' } : {}));
    const report = validateCardRows(rows);
    expect(report.rowCount).toBe(7);
    expect(report.validCount).toBe(6);
    const failed = report.rows.filter((r) => r.errors.length > 0);
    expect(failed).toEqual([
      {
        row: 7,
        cardNumber: 'LYRC-A-2025-0006',
        holderName: '持卡人6',
        errors: [{ field: 'issueDate', messageKey: 'validation.date.invalid' }],
        card: null,
      },
    ]);
    expect(report.rows[0]?.card).toMatchObject({ cardNumber: 'LYRC-A-2025-0001', issueDate: '2025-01-01' });
  });

  it('fails both rows of a card number that appears twice, each naming the other', () => {
    const report = validateCardRows([row(1), row(2), row(3, { 卡号: 'LYRC-A-2025-0001' })]);
    expect(report.rows.map((r) => [r.row, r.errors])).toEqual([
      [
        2,
        [{ field: 'cardNumber', messageKey: 'validation.talentCard.duplicateInFile', params: { rows: '4' } }],
      ],
      [3, []],
      [
        4,
        [{ field: 'cardNumber', messageKey: 'validation.talentCard.duplicateInFile', params: { rows: '2' } }],
      ],
    ]);
    expect(report.validCount).toBe(1);
  });

  it('fails a number already in the registry', () => {
    const report = validateCardRows([row(1), row(2)], { existingCardNumbers: new Set(['LYRC-A-2025-0002']) });
    expect(report.rows[1]?.errors).toEqual([
      { field: 'cardNumber', messageKey: 'validation.talentCard.numberExists' },
    ]);
    expect(report.rows[1]?.card).toBeNull();
  });

  it('skips blank rows but keeps the numbering of the rows after them', () => {
    const blank = { 卡号: '', 姓名: ' ', 身份证号: '', 等级: '', 发卡日期: '', 有效期至: '' };
    const report = validateCardRows([row(1), blank, row(3, { 有效期至: '2024-12-31' })]);
    expect(report.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(report.rows[1]?.errors).toEqual([
      { field: 'expiryDate', messageKey: 'validation.talentCard.expiryBeforeIssue' },
    ]);
  });

  it('reports missing columns, and every row fails on them', () => {
    const report = validateCardRows([{ 卡号: 'X1', 姓名: '张三' }]);
    expect(report.missingColumns).toEqual(['holderResidentId', 'tier', 'issueDate', 'expiryDate']);
    expect(report.rows[0]?.errors.map((e) => `${e.field}:${e.messageKey}`)).toEqual([
      'holderResidentId:validation.required',
      'tier:validation.required',
      'issueDate:validation.required',
      'expiryDate:validation.required',
    ]);
  });

  it('every message key it produces is in the catalogue, in both languages', () => {
    const report = validateCardRows([row(1, { 发卡日期: 'soon', 身份证号: '123' }), row(1)]);
    for (const e of report.rows.flatMap((r) => r.errors)) {
      expect(isMessageKey(e.messageKey)).toBe(true);
      expect(t('zh-CN', e.messageKey, e.params)).not.toMatch(/[{}]/);
      expect(t('en', e.messageKey, e.params)).not.toMatch(/[{}]/);
    }
  });
});
