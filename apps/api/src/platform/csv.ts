import { parse } from 'csv-parse/sync';
import { MAX_CELL_CHARS, SpreadsheetRefusal, type TableLimits } from './tableLimits.js';

// A CSV as rows of cells, as Excel and WPS save it: UTF-8 with or without a BOM, or GBK. The bytes are
// measured before they are decoded or parsed — rows, fields per row, bytes per field — so a file of
// millions of short rows, or one row of millions of commas, is refused without building its rows.
// Measuring bytes holds for both encodings: the quote, comma, CR and LF are single bytes in each, and
// no byte of a multi-byte character (UTF-8: 0x80 and up; GBK: 0x40 and up) can be one of them.

// Empty fields cost an array slot each however far right they go; no export pads a row this wide.
const MAX_FIELDS = 1024;

const refuse = (problem: SpreadsheetRefusal['problem']) => new SpreadsheetRefusal(problem);

export function readCsv(bytes: Uint8Array, limits: TableLimits): string[][] {
  if (bytes.byteLength > limits.maxUncompressedBytes) throw refuse('tooLarge');
  // NUL bytes: UTF-16 ("Unicode text" from Excel), which is neither UTF-8 nor GBK.
  if (bytes.includes(0)) throw refuse('encoding');
  measure(bytes, limits);
  const text = decode(bytes);
  try {
    return parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // measure() counted the records as this parser splits them; this is the parser's own guard
      to: limits.maxRows + 2,
    }) as string[][];
  } catch {
    throw refuse('unreadable');
  }
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV" on a Chinese Windows is GBK; GB 18030 is its superset and Node decodes it.
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw refuse('encoding');
    }
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

// A cell's characters take at most 4 bytes each.
const MAX_FIELD_BYTES = 4 * MAX_CELL_CHARS;

/**
 * One pass over the bytes as the parser will split the text (a quote opens a field only at its start; `""`
 * inside is a quote; CR, LF or CRLF ends a record), refusing at the first record past the header plus
 * `maxRows`, the first content past `maxColumns`, or a field longer than a cell can be.
 */
function measure(bytes: Uint8Array, limits: TableLimits): void {
  let records = 0;
  let fields = 0;
  let fieldLength = 0;
  let quoted = false;
  let atFieldStart = true;
  let filled = 0;
  const endField = () => {
    fields += 1;
    if (fieldLength > 0) filled = fields;
    if (fields > MAX_FIELDS || filled > limits.maxColumns) throw refuse('rowTooLarge');
    fieldLength = 0;
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    records += 1;
    if (records > limits.maxRows + 1) throw refuse('tooManyRows');
    fields = 0;
    filled = 0;
  };
  const n = bytes.byteLength;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (quoted) {
      if (c === QUOTE) {
        if (bytes[i + 1] === QUOTE) i += 1;
        else {
          const next = bytes[i + 1];
          if (next === undefined || next === COMMA || next === CR || next === LF) quoted = false;
        }
      }
      fieldLength += 1;
    } else if (c === COMMA) {
      endField();
      continue;
    } else if (c === CR || c === LF) {
      if (c === CR && bytes[i + 1] === LF) i += 1;
      endRecord();
      continue;
    } else {
      if (c === QUOTE && atFieldStart) quoted = true;
      fieldLength += 1;
    }
    atFieldStart = false;
    if (fieldLength > MAX_FIELD_BYTES) throw refuse('rowTooLarge');
  }
  if (fields > 0 || fieldLength > 0) endRecord();
}
