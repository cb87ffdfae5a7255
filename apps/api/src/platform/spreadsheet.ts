import { readCsv } from './csv.js';
import { ApiError, fieldError } from './errors.js';
import { type SpreadsheetProblem, SpreadsheetRefusal, type TableLimits } from './tableLimits.js';
import { readXlsx } from './xlsx.js';

// The one reader of every uploaded spreadsheet (CSV or .xlsx): card registry, contributions and the
// bank's result files. Each is read as it streams, within its importer's limits, so a file that
// would cost more than an import may is refused while it is read — 413 for more text than allowed,
// 422 for more rows or a wider row — with only a chunk of it in memory.

export type { SpreadsheetProblem, TableLimits };
export { SpreadsheetRefusal };

export type SpreadsheetFormat = 'csv' | 'xlsx';
/** The rows of the file (the first sheet of an .xlsx), header first, blank rows kept as they stand. */
export type Table = { format: SpreadsheetFormat; rows: string[][] };
export type Spreadsheet = {
  format: SpreadsheetFormat;
  /** The header's names, trimmed; a blank header cell names no column. */
  header: string[];
  rows: Record<string, string>[];
};

/** Beyond an importer's rows: an import template's columns with room to spare, and text for them. */
export const defaultLimits: Omit<TableLimits, 'maxRows'> = {
  maxColumns: 64,
  maxUncompressedBytes: 32 * 1024 * 1024,
  maxSharedStrings: 200_000,
};

export type SpreadsheetOptions = {
  /** Data rows allowed below the header. */
  maxRows: number;
  /** Other limits than `defaultLimits`. */
  limits?: Partial<Omit<TableLimits, 'maxRows'>>;
  /** The catalogue key said, on the field `file`, for each problem (the limits have shared ones). */
  messages: Record<Exclude<SpreadsheetProblem, 'rowTooLarge' | 'tooLarge'>, string> &
    Partial<Record<'rowTooLarge' | 'tooLarge', string>>;
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Decides the format by content (an .xlsx is a zip) and reads it; a SpreadsheetRefusal says why not. */
export async function readTable(bytes: Uint8Array, limits: TableLimits): Promise<Table> {
  if (startsWith(bytes, ZIP)) return { format: 'xlsx', rows: await readXlsx(bytes, limits) };
  // A legacy .xls (an OLE compound file): ask for .xlsx or CSV.
  if (startsWith(bytes, OLE)) throw new SpreadsheetRefusal('fileType');
  return { format: 'csv', rows: readCsv(bytes, limits) };
}

export const tableLimits = (options: SpreadsheetOptions): TableLimits => ({
  ...defaultLimits,
  ...options.limits,
  maxRows: options.maxRows,
});

/** Reads the file (by content; a CSV must say so by its name) and keys each row by the header. */
export async function readSpreadsheet(
  name: string,
  bytes: Uint8Array,
  options: SpreadsheetOptions,
): Promise<Spreadsheet> {
  // A PDF, a picture…: ask for .xlsx or CSV.
  if (!startsWith(bytes, ZIP) && !/\.(csv|txt)$/i.test(name))
    throw spreadsheetError('fileType', options.messages);
  let table: Table;
  try {
    table = await readTable(bytes, tableLimits(options));
  } catch (err) {
    if (err instanceof SpreadsheetRefusal) throw spreadsheetError(err.problem, options.messages);
    throw err;
  }
  const [head, ...body] = table.rows;
  if (!head || body.every((cells) => cells.every((c) => c.trim() === ''))) {
    throw spreadsheetError('noRows', options.messages);
  }
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

const sharedKeys = {
  rowTooLarge: 'validation.import.rowTooLarge',
  tooLarge: 'error.payload_too_large.spreadsheet',
} as const;

/** The refusal in the one error shape, on the field `file`: 413, 422 for the limits, else 400. */
export function spreadsheetError(
  problem: SpreadsheetProblem,
  messages: Partial<Record<SpreadsheetProblem, string>>,
): ApiError {
  const key = messages[problem] ?? sharedKeys[problem as keyof typeof sharedKeys] ?? `error.${problem}`;
  const on = { messageKey: key, fieldKeys: [['file', key]] as const };
  if (problem === 'tooLarge') return new ApiError('payload_too_large', on);
  if (problem === 'tooManyRows' || problem === 'rowTooLarge') return new ApiError('unprocessable', on);
  return fieldError('file', key);
}
