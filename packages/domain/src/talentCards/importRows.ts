import { formatIsoDate, type IsoDate, isRealDate } from '../dates/isoDate';
import { type TalentCardInput, talentCardSchema } from './schemas';

// Validating a card file row by row (the registry's import). The file is read elsewhere (CSV, XLSX);
// here every row is checked on its own, then against the other rows and the registry.

export type CardImportField = keyof TalentCardInput;

/**
 * Header aliases, Chinese and English, compared after trimming, lower-casing and dropping spaces,
 * underscores and hyphens ("Card Number", "card_number" and "卡号" are one column).
 */
export const cardImportColumns: Readonly<Record<CardImportField, readonly string[]>> = {
  cardNumber: ['卡号', '人才服务卡号', '服务卡号', 'card_number', 'card_no'],
  holderName: ['姓名', '持卡人', '持卡人姓名', 'holder_name', 'name'],
  holderResidentId: ['身份证号', '身份证号码', '公民身份号码', 'holder_resident_id', 'resident_id'],
  tier: ['等级', '类别', 'tier'],
  issueDate: ['发卡日期', '发证日期', 'issue_date'],
  expiryDate: ['有效期至', '到期日期', '有效期截止日期', 'expiry_date'],
};

/** The header row of the import template, in the order the template lists the columns. */
export const cardImportTemplateHeader = ['卡号', '姓名', '身份证号', '等级', '发卡日期', '有效期至'] as const;

/** A file larger than this is split by the officer: the report must stay readable. */
export const cardImportMaxRows = 5000;

export type CardRowError = {
  field: CardImportField;
  /** A catalogue key, e.g. 'validation.talentCard.duplicateInFile'. */
  messageKey: string;
  params?: Record<string, string | number>;
};

export type CardRowResult = {
  /** The row as the officer sees it in the spreadsheet: the header is row 1, the first card row 2. */
  row: number;
  cardNumber: string;
  holderName: string;
  errors: CardRowError[];
  /** The card as it will be stored, when the row is valid. */
  card: TalentCardInput | null;
};

export type CardRowsReport = {
  /** Required columns the header row lacks (every row then fails on them too). */
  missingColumns: CardImportField[];
  rows: CardRowResult[];
  rowCount: number;
  validCount: number;
};

const normaliseHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const aliasToField = new Map<string, CardImportField>(
  (Object.entries(cardImportColumns) as [CardImportField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [normaliseHeader(name), field] as const),
  ),
);

/** The field each header names (unknown headers are ignored). */
export function resolveCardColumns(headers: readonly string[]): {
  columns: Map<string, CardImportField>;
  missing: CardImportField[];
} {
  const columns = new Map<string, CardImportField>();
  for (const header of headers) {
    const field = aliasToField.get(normaliseHeader(header));
    if (field && ![...columns.values()].includes(field)) columns.set(header, field);
  }
  const found = new Set(columns.values());
  const missing = (Object.keys(cardImportColumns) as CardImportField[]).filter((f) => !found.has(f));
  return { columns, missing };
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * Dates as officers type them in a spreadsheet: 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日. Returns
 * the ISO date, or the text unchanged so that the schema reports it as not a date.
 */
export function normaliseCardDate(text: string): IsoDate | string {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return text.trim();
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? formatIsoDate(year, month, day) : text.trim();
}

/**
 * Validates every row of a card file. `rows[i]` is the spreadsheet's row `firstRow + i` (default 2:
 * the header is row 1); wholly blank rows are skipped but keep their number for the rows after them.
 * A card number twice in the file fails on each of its rows, naming the others; a number already in
 * the registry (`existingCardNumbers`) fails too.
 */
export function validateCardRows(
  rows: readonly Record<string, string>[],
  options: { existingCardNumbers?: ReadonlySet<string>; firstRow?: number } = {},
): CardRowsReport {
  const firstRow = options.firstRow ?? 2;
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const { columns, missing } = resolveCardColumns(headers);
  const results: CardRowResult[] = [];
  rows.forEach((cells, i) => {
    if (Object.values(cells).every((v) => v.trim() === '')) return;
    const values: Partial<Record<CardImportField, string>> = {};
    for (const [header, field] of columns) {
      const value = cells[header];
      if (value !== undefined && value.trim() !== '') values[field] = value;
    }
    for (const field of ['issueDate', 'expiryDate'] as const) {
      const value = values[field];
      if (value !== undefined) values[field] = normaliseCardDate(value);
    }
    const parsed = talentCardSchema.safeParse(values);
    const errors: CardRowError[] = parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          field: issue.path[0] as CardImportField,
          messageKey: issue.message,
        }));
    results.push({
      row: firstRow + i,
      cardNumber: values.cardNumber?.trim() ?? '',
      holderName: values.holderName?.trim() ?? '',
      errors,
      card: parsed.success ? parsed.data : null,
    });
  });

  const rowsByNumber = new Map<string, number[]>();
  for (const r of results) {
    if (r.cardNumber === '') continue;
    rowsByNumber.set(r.cardNumber, [...(rowsByNumber.get(r.cardNumber) ?? []), r.row]);
  }
  for (const r of results) {
    const same = rowsByNumber.get(r.cardNumber) ?? [];
    if (same.length > 1) {
      r.errors.push({
        field: 'cardNumber',
        messageKey: 'validation.talentCard.duplicateInFile',
        params: { rows: same.filter((n) => n !== r.row).join(', ') },
      });
    }
    if (r.cardNumber !== '' && options.existingCardNumbers?.has(r.cardNumber)) {
      r.errors.push({ field: 'cardNumber', messageKey: 'validation.talentCard.numberExists' });
    }
    if (r.errors.length > 0) r.card = null;
  }
  return {
    missingColumns: missing,
    rows: results,
    rowCount: results.length,
    validCount: results.filter((r) => r.errors.length === 0).length,
  };
}
