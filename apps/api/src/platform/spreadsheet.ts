import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fieldError } from './errors.js';

// An uploaded spreadsheet (CSV or .xlsx) as rows keyed by its header, before a domain validates each
// row. Row i of `rows` is spreadsheet row i + 2 (row 1 is the header); blank rows are kept so the
// numbering a person sees in Excel holds. Each importer names its own messages for what went wrong.

export type SpreadsheetFormat = 'csv' | 'xlsx';
export type Spreadsheet = {
  format: SpreadsheetFormat;
  /** The header's names, trimmed; a blank header cell names no column. */
  header: string[];
  rows: Record<string, string>[];
};

/** What can be wrong with the file as a whole; each maps to the importer's catalogue key. */
export type SpreadsheetProblem = 'fileType' | 'encoding' | 'unreadable' | 'noRows' | 'tooManyRows';

export type SpreadsheetOptions = {
  /** Data rows allowed below the header. */
  maxRows: number;
  /** The catalogue key said, on the field `file`, for each problem. */
  messages: Record<SpreadsheetProblem, string>;
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Decides the format by content (an .xlsx is a zip), reads it, and keys each row by the header. */
export async function readSpreadsheet(
  name: string,
  bytes: Uint8Array,
  options: SpreadsheetOptions,
): Promise<Spreadsheet> {
  const fail = (problem: SpreadsheetProblem) => fieldError('file', options.messages[problem]);
  let table: { format: SpreadsheetFormat; rows: string[][] };
  if (startsWith(bytes, ZIP)) table = await readXlsx(bytes, options.maxRows, fail);
  // A legacy .xls (an OLE compound file), a PDF, a picture…: ask for .xlsx or CSV.
  else if (startsWith(bytes, OLE) || !/\.(csv|txt)$/i.test(name)) throw fail('fileType');
  else table = readCsv(bytes, fail);
  const [head, ...body] = table.rows;
  if (!head || body.every((cells) => cells.every((c) => c.trim() === ''))) throw fail('noRows');
  if (body.length > options.maxRows) throw fail('tooManyRows');
  const header = head.map((h) => h.trim());
  const rows = body.map((cells) => {
    const record: Record<string, string> = {};
    header.forEach((h, i) => {
      if (h !== '') record[h] = cells[i] ?? '';
    });
    return record;
  });
  return { format: table.format, header, rows };
}

type Fail = (problem: SpreadsheetProblem) => Error;

function readCsv(bytes: Uint8Array, fail: Fail): { format: 'csv'; rows: string[][] } {
  // NUL bytes: UTF-16 ("Unicode text" from Excel), which is neither UTF-8 nor GBK.
  if (bytes.includes(0)) throw fail('encoding');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV" on a Chinese Windows is GBK; GB 18030 is its superset and Node decodes it.
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw fail('encoding');
    }
  }
  try {
    const rows = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
    return { format: 'csv', rows };
  } catch {
    throw fail('unreadable');
  }
}

async function readXlsx(
  bytes: Uint8Array,
  maxRows: number,
  fail: Fail,
): Promise<{ format: 'xlsx'; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw fail('unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fail('noRows');
  // Refused before the cells are copied: the header plus `maxRows`.
  if (sheet.rowCount > maxRows + 1) throw fail('tooManyRows');
  const width = sheet.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return { format: 'xlsx', rows };
}

/** A cell as text: dates as ISO dates, formulas by their result, rich text by its characters. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // Excel stores a date as a day count; exceljs gives it back as midnight UTC of that calendar day.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((p) => p.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}
