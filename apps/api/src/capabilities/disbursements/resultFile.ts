import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ApiError } from '../../platform/errors.js';

// The bank's result file as rows of cells, header first: CSV (UTF-8, with or without a BOM) or XLSX
// (its first sheet), told apart by content rather than by the file's name.

export type ResultFile = { format: 'csv' | 'xlsx'; rows: unknown[][] };

const unsupported = () =>
  new ApiError('unsupported_media_type', { messageKey: 'disbursement.result_file_unsupported' });

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function readResultFile(bytes: Uint8Array): Promise<ResultFile> {
  if (isZip(bytes)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw unsupported();
    }
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet?.eachRow({ includeEmpty: true }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push(values.map(cellText));
    });
    return { format: 'xlsx', rows };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8 (a GBK export, or not text at all): say so rather than mis-read names.
    throw unsupported();
  }
  try {
    return {
      format: 'csv',
      rows: parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as unknown[][],
    };
  } catch {
    throw unsupported();
  }
}

/** A cell as the text a person sees: numbers as written, rich text joined, formulas by their result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('result' in value) return cellText((value as { result: unknown }).result);
    if ('richText' in value)
      return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}
