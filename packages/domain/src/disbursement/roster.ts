import type { IsoDate } from '../dates/isoDate';
import { yuanText } from './money';

// 发放花名册: the roster of one disbursement batch as the bank receives it. Each line carries a
// reference (明细号) made of the batch number and the line's number in the batch, which the bank
// returns with its result, so a result can only ever match a line of this very batch.

export const rosterColumns = [
  '序号',
  '明细号',
  '收款人姓名',
  '社保卡开户银行',
  '社保卡账号',
  '金额(元)',
  '款项',
  '期次',
  '应发日期',
] as const;

export type RosterLine = {
  lineNo: number;
  payeeName: string;
  bankName: string;
  /** The full account number: the bank cannot pay a masked one. The export is audited. */
  accountNumber: string;
  amountFen: number;
  kind: 'settling_in' | 'living_allowance';
  sequence: number;
  ofCount: number;
  dueDate: IsoDate;
};

const kindLabel = { settling_in: '安家费', living_allowance: '生活补贴' } as const;

export function lineReference(batchNumber: string, lineNo: number): string {
  return `${batchNumber}-${String(lineNo).padStart(6, '0')}`;
}

/** The line number a reference names in this batch, or null when it names no line of it. */
export function lineNoOf(batchNumber: string, reference: string): number | null {
  const prefix = `${batchNumber}-`;
  if (!reference.startsWith(prefix)) return null;
  const digits = reference.slice(prefix.length);
  if (!/^\d{6,9}$/.test(digits)) return null;
  const lineNo = Number(digits);
  return lineNo >= 1 ? lineNo : null;
}

export function rosterRow(batchNumber: string, line: RosterLine): string[] {
  return [
    String(line.lineNo),
    lineReference(batchNumber, line.lineNo),
    line.payeeName,
    line.bankName,
    line.accountNumber,
    yuanText(line.amountFen),
    kindLabel[line.kind],
    `${line.sequence}/${line.ofCount}`,
    line.dueDate,
  ];
}

/** One CSV record (RFC 4180): quoted where needed; a leading =+-@ is defused for spreadsheets. */
export function csvRecord(cells: readonly string[]): string {
  return `${cells
    .map((cell) => {
      const safe = /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
      return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(',')}\r\n`;
}
