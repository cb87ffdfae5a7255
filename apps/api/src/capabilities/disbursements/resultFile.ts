import { ApiError } from '../../platform/errors.js';
import {
  readTable,
  SpreadsheetRefusal,
  spreadsheetError,
  type Table,
  type TableLimits,
} from '../../platform/spreadsheet.js';

// The bank's result file as rows of cells, header first: CSV (UTF-8 or GBK, with or without a BOM) or
// XLSX (its first sheet), told apart by content rather than by the file's name, read within limits
// while it streams (platform/spreadsheet.ts).

export type ResultFile = Table;

/**
 * A batch's answer has one row per roster line; twice the largest batch we reconcile (100,000 lines
 * in the bench) leaves room for any real file. A bank's XLSX of 200,000 rows of a few columns inflates
 * to well under 128 MB, with at most five distinct texts a row (names, accounts, references).
 */
export const resultFileLimits: TableLimits = {
  maxRows: 200_000,
  maxColumns: 64,
  maxUncompressedBytes: 128 * 1024 * 1024,
  maxSharedStrings: 1_000_000,
};

export async function readResultFile(bytes: Uint8Array): Promise<ResultFile> {
  try {
    return await readTable(bytes, resultFileLimits);
  } catch (err) {
    if (!(err instanceof SpreadsheetRefusal)) throw err;
    const { problem } = err;
    if (problem === 'tooManyRows' || problem === 'rowTooLarge' || problem === 'tooLarge') {
      throw spreadsheetError(problem, { tooManyRows: 'disbursement.result_file_too_many_rows' });
    }
    // Not UTF-8 or GBK, not a workbook, a legacy .xls: say so rather than mis-read names.
    throw new ApiError('unsupported_media_type', { messageKey: 'disbursement.result_file_unsupported' });
  }
}
