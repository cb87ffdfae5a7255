import { parseYuan } from './money';
import { lineNoOf } from './roster';

// The bank's answer to a roster: for each line, paid or failed (with the reason: name or account
// mismatch, closed account …). A file is applied whole or not at all: every line is checked against
// the roster first, and one bad line rejects the file with a report that names each bad line.

/** Columns the result file must have (the roster's own columns may come along; they are ignored). */
export const resultColumns = {
  reference: '明细号',
  amount: '金额(元)',
  result: '发放结果',
  reason: '失败原因',
  bankReference: '银行流水号',
} as const;

const paidWords = new Set(['成功', '已发放', 'paid', 'success']);
const failedWords = new Set(['失败', '发放失败', 'failed', 'failure']);

export type ResultIssueCode =
  | 'header_missing'
  | 'file_empty'
  | 'reference_unknown'
  | 'reference_duplicate'
  | 'amount_malformed'
  | 'amount_mismatch'
  | 'result_invalid'
  | 'reason_required'
  | 'already_answered';

/** One refusal: the file's row (1 = the header) and, when there is one, the reference it names. */
export type ResultIssue = { row: number; code: ResultIssueCode; reference?: string; column?: string };

export type BankResult = {
  lineNo: number;
  result: 'paid' | 'failed';
  failureReason: string | null;
  bankReference: string | null;
};

/** What the roster says of a line: its amount, and whether the bank already answered for it. */
export type RosterEntry = { amountFen: number; result: 'pending' | 'paid' | 'failed' };

export type ResultValidation = {
  rowCount: number;
  /** Every issue found, in file order, up to `maxIssues`; `issueCount` counts them all. */
  issues: ResultIssue[];
  issueCount: number;
  results: BankResult[];
  paidCount: number;
  failedCount: number;
  paidFen: number;
};

const text = (cells: readonly unknown[], index: number | undefined) =>
  index === undefined ? '' : String(cells[index] ?? '').trim();

/**
 * Checks a result file row by row against the roster of batch `batchNumber`. `rows` is the file's
 * rows, header first. A reference outside the batch, a line answered twice (in this file or an earlier
 * one), an amount other than the roster's, an unknown result word or a failure without its reason is
 * an issue; the file may be applied only when there are none.
 */
export function validateBankResults(
  batchNumber: string,
  rows: Iterable<readonly unknown[]>,
  roster: (lineNo: number) => RosterEntry | undefined,
  maxIssues = 1000,
): ResultValidation {
  const out: ResultValidation = {
    rowCount: 0,
    issues: [],
    issueCount: 0,
    results: [],
    paidCount: 0,
    failedCount: 0,
    paidFen: 0,
  };
  const issue = (i: ResultIssue) => {
    out.issueCount += 1;
    if (out.issues.length < maxIssues) out.issues.push(i);
  };
  const seen = new Set<number>();
  let columns: Record<keyof typeof resultColumns, number | undefined> | undefined;
  let rowNo = 0;
  for (const cells of rows) {
    rowNo += 1;
    if (columns === undefined) {
      const header = cells.map((c) =>
        String(c ?? '')
          .trim()
          .replace(/^\uFEFF/, ''),
      );
      const at = (name: string) => (header.includes(name) ? header.indexOf(name) : undefined);
      columns = {
        reference: at(resultColumns.reference),
        amount: at(resultColumns.amount),
        result: at(resultColumns.result),
        reason: at(resultColumns.reason),
        bankReference: at(resultColumns.bankReference),
      };
      for (const key of ['reference', 'amount', 'result'] as const) {
        if (columns[key] === undefined) issue({ row: 1, code: 'header_missing', column: resultColumns[key] });
      }
      if (out.issueCount > 0) return out;
      continue;
    }
    if (cells.every((c) => String(c ?? '').trim() === '')) continue;
    out.rowCount += 1;
    const reference = text(cells, columns.reference);
    const lineNo = lineNoOf(batchNumber, reference);
    const entry = lineNo === null ? undefined : roster(lineNo);
    if (lineNo === null || entry === undefined) {
      issue({ row: rowNo, code: 'reference_unknown', reference });
      continue;
    }
    if (seen.has(lineNo)) {
      issue({ row: rowNo, code: 'reference_duplicate', reference });
      continue;
    }
    seen.add(lineNo);
    if (entry.result !== 'pending') {
      issue({ row: rowNo, code: 'already_answered', reference });
      continue;
    }
    const amount = parseYuan(text(cells, columns.amount));
    if (amount === null) issue({ row: rowNo, code: 'amount_malformed', reference });
    else if (amount !== entry.amountFen) issue({ row: rowNo, code: 'amount_mismatch', reference });
    const word = text(cells, columns.result).toLowerCase();
    const result = paidWords.has(word) ? 'paid' : failedWords.has(word) ? 'failed' : null;
    const reason = text(cells, columns.reason);
    if (result === null) issue({ row: rowNo, code: 'result_invalid', reference });
    else if (result === 'failed' && reason === '') issue({ row: rowNo, code: 'reason_required', reference });
    if (amount !== entry.amountFen || result === null || (result === 'failed' && reason === '')) continue;
    out.results.push({
      lineNo,
      result,
      failureReason: result === 'failed' ? reason.slice(0, 200) : null,
      bankReference: text(cells, columns.bankReference).slice(0, 64) || null,
    });
    if (result === 'paid') {
      out.paidCount += 1;
      out.paidFen += entry.amountFen;
    } else out.failedCount += 1;
  }
  if (columns === undefined) issue({ row: 1, code: 'header_missing', column: resultColumns.reference });
  else if (out.rowCount === 0 && out.issueCount === 0) issue({ row: 2, code: 'file_empty' });
  return out;
}
