import type { IsoDate } from '../dates/isoDate';
import { parseResidentId } from '../identifiers/residentId';
import { parseUscc } from '../identifiers/uscc';
import { monthIndex } from './schemas';

// The social-insurance agency's contributions file (社保缴费明细): one row per person, employer and
// month. Rows are checked here, before anything is looked up; the API then finds the people and
// organisations and applies the file only when every row passes.

export const contributionImportFields = ['residentId', 'uscc', 'month'] as const;
export type ContributionImportField = (typeof contributionImportFields)[number];

/** Header names the agency's exports and the bureau's own templates use, Chinese and English. */
const aliases: Record<ContributionImportField, readonly string[]> = {
  residentId: ['身份证号码', '身份证号', '公民身份号码', 'residentId', 'resident_id', 'Resident ID'],
  uscc: ['单位统一社会信用代码', '统一社会信用代码', '信用代码', 'uscc', 'USCC', 'Employer credit code'],
  month: ['缴费月份', '费款所属期', '月份', 'month', 'Month'],
};

export type ContributionRowError = { field: ContributionImportField | null; code: string };
export type CheckedContributionRow = {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  residentId: string | null;
  uscc: string | null;
  /** 'YYYY-MM'. */
  month: string | null;
  errors: ContributionRowError[];
};

/** The file's column for each field, or the fields it lacks. */
export function contributionColumns(
  header: readonly string[],
):
  | { ok: true; columns: Record<ContributionImportField, string> }
  | { ok: false; missing: ContributionImportField[] } {
  const columns: Partial<Record<ContributionImportField, string>> = {};
  const missing: ContributionImportField[] = [];
  for (const field of contributionImportFields) {
    const name = header.find((h) => aliases[field].some((a) => a.toLowerCase() === h.trim().toLowerCase()));
    if (name === undefined) missing.push(field);
    else columns[field] = name;
  }
  return missing.length > 0
    ? { ok: false, missing }
    : { ok: true, columns: columns as Record<ContributionImportField, string> };
}

/** '2026-03', '2026/3', '202603' and '2026-03-01' (a spreadsheet date) all mean March 2026. */
export function normaliseMonth(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})[-/.年]?(\d{1,2})(?:月|[-/.]\d{1,2})?$/.exec(t);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}

/**
 * Checks each row on its own (a valid resident ID and credit code, a month that has begun) and
 * against the rows before it (the same person and month twice). Blank rows are skipped but keep
 * their number.
 */
export function checkContributionRows(
  rows: readonly Record<string, string>[],
  columns: Record<ContributionImportField, string>,
  today: IsoDate,
): CheckedContributionRow[] {
  const seen = new Map<string, number>();
  const thisMonth = monthIndex(today.slice(0, 7));
  const out: CheckedContributionRow[] = [];
  rows.forEach((record, i) => {
    const cell = (f: ContributionImportField) => (record[columns[f]] ?? '').trim();
    if (contributionImportFields.every((f) => cell(f) === '')) return;
    const errors: ContributionRowError[] = [];
    const id = parseResidentId(cell('residentId'), today);
    if (!id.ok) errors.push({ field: 'residentId', code: 'import.row.residentId' });
    const uscc = parseUscc(cell('uscc'));
    if (!uscc.ok) errors.push({ field: 'uscc', code: 'import.row.uscc' });
    const month = normaliseMonth(cell('month'));
    if (month === null) errors.push({ field: 'month', code: 'import.row.month' });
    else if (monthIndex(month) > thisMonth) errors.push({ field: 'month', code: 'import.row.futureMonth' });
    const residentId = id.ok ? id.value.id : null;
    if (residentId && month) {
      const key = `${residentId}|${month}`;
      if (seen.has(key)) errors.push({ field: null, code: 'import.row.duplicate' });
      else seen.set(key, i);
    }
    out.push({ row: i + 2, residentId, uscc: uscc.ok ? uscc.value.code : null, month, errors });
  });
  return out;
}
