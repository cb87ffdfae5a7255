// What an import may cost, checked while its file is read (never after), and why a file is refused.

export type TableLimits = {
  /** Data rows allowed below the header. */
  maxRows: number;
  /** The last column a row may fill (an empty cell further right is no content). */
  maxColumns: number;
  /** The text read: a CSV's own bytes, or the inflated bytes of the .xlsx parts read. */
  maxUncompressedBytes: number;
  /** Distinct strings in an .xlsx's shared-string table. */
  maxSharedStrings: number;
};

/** Room for any real import: an .xlsx part can hold no longer cell (Excel's own limit). */
export const MAX_CELL_CHARS = 32_767;

/**
 * fileType / encoding / unreadable / noRows: the file is not one we read (400 or the importer's own).
 * tooLarge: more text than `maxUncompressedBytes` or shared strings (413).
 * tooManyRows, rowTooLarge: understood, but more than an import takes (422).
 */
export type SpreadsheetProblem =
  | 'fileType'
  | 'encoding'
  | 'unreadable'
  | 'noRows'
  | 'tooManyRows'
  | 'rowTooLarge'
  | 'tooLarge';

export class SpreadsheetRefusal extends Error {
  constructor(readonly problem: SpreadsheetProblem) {
    super(problem);
  }
}
