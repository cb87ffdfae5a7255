import { SaxesParser } from 'saxes';
import { MAX_CELL_CHARS, SpreadsheetRefusal, type TableLimits } from './tableLimits.js';
import { inflateEntry, type ZipEntry, ZipProblem, zipEntries } from './zip.js';

// The first sheet of an .xlsx as rows of cell text, read as a stream: each part is inflated chunk by
// chunk into a SAX parser, and rows, cells, shared strings and inflated bytes are counted as they come,
// so a workbook bomb is refused at the first limit it crosses with only a chunk of it in memory.
// Row i of the result is spreadsheet row i + 1: empty rows in between are kept as [] so the row
// numbers a person sees in Excel hold.

type Handlers = {
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
};

const refuse = (problem: SpreadsheetRefusal['problem']) => new SpreadsheetRefusal(problem);
const local = (name: string) => name.slice(name.indexOf(':') + 1);

export async function readXlsx(bytes: Uint8Array, limits: TableLimits): Promise<string[][]> {
  try {
    return await readWorkbook(bytes, limits);
  } catch (err) {
    if (err instanceof SpreadsheetRefusal) throw err;
    if (err instanceof ZipProblem) throw refuse(err.problem);
    // the XML parser's own errors: not a workbook we can read
    throw refuse('unreadable');
  }
}

async function readWorkbook(bytes: Uint8Array, limits: TableLimits): Promise<string[][]> {
  const entries = zipEntries(bytes);
  const workbook = entries.get('xl/workbook.xml');
  if (!workbook) throw refuse('unreadable');
  const relations = entries.get('xl/_rels/workbook.xml.rels');
  const styles = entries.get('xl/styles.xml');
  const shared = entries.get('xl/sharedStrings.xml');
  // An honest bomb says its size: refused before anything is inflated.
  const declared = [workbook, relations, styles, shared].reduce((n, e) => n + (e?.uncompressedSize ?? 0), 0);
  if (declared > limits.maxUncompressedBytes) throw refuse('tooLarge');
  let budget = limits.maxUncompressedBytes;
  const parse = async (entry: ZipEntry, handlers: Handlers) => {
    budget -= await parseXml(bytes, entry, budget, handlers);
  };

  const book = await readBook(workbook, parse);
  const targets = relations ? await readRelations(relations, parse) : new Map<string, string>();
  const target = book.sheetRelation ? targets.get(book.sheetRelation) : undefined;
  const sheet = entries.get(target ? partPath(target) : 'xl/worksheets/sheet1.xml');
  if (!sheet) return [];
  if (declared + sheet.uncompressedSize > limits.maxUncompressedBytes) throw refuse('tooLarge');
  const dateStyles = styles ? await readDateStyles(styles, parse) : [];
  const strings = shared ? await readSharedStrings(shared, limits, parse) : [];
  const rows: string[][] = [];
  await parse(
    sheet,
    sheetHandlers(rows, limits, (type, style, raw) => {
      switch (type) {
        case 's':
          return strings[Number(raw)] ?? '';
        case 'inlineStr':
        case 'str':
          return raw;
        case 'b':
          return raw === '1' ? 'true' : raw === '0' ? 'false' : raw;
        case 'e':
          return '';
        case 'd':
          return raw.slice(0, 10);
        default: {
          if (raw.trim() === '') return '';
          const n = Number(raw);
          if (Number.isNaN(n)) return raw;
          return dateStyles[style] ? excelDate(n, book.date1904) : String(n);
        }
      }
    }),
  );
  return rows;
}

/** Inflates `entry` into a SAX parser; the inflated bytes it took. */
async function parseXml(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: number,
  handlers: Handlers,
): Promise<number> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(local(tag.name), tag.attributes));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(local(tag.name)));
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let seen = 0;
  for await (const chunk of inflateEntry(bytes, entry, budget)) {
    seen += chunk.byteLength;
    parser.write(decoder.decode(chunk, { stream: true }));
  }
  parser.write(decoder.decode());
  parser.close();
  return seen;
}

type Parse = (entry: ZipEntry, handlers: Handlers) => Promise<void>;

/** The first sheet's relation id, and whether dates count from 1904 (old Mac workbooks). */
async function readBook(entry: ZipEntry, parse: Parse) {
  const book: { sheetRelation?: string; date1904: boolean } = { date1904: false };
  await parse(entry, {
    open(name, attributes) {
      if (name === 'workbookPr') book.date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name === 'sheet' && book.sheetRelation === undefined) {
        const id = Object.keys(attributes).find((k) => k.endsWith(':id'));
        book.sheetRelation = id ? attributes[id] : undefined;
      }
    },
  });
  return book;
}

async function readRelations(entry: ZipEntry, parse: Parse): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  await parse(entry, {
    open(name, { Id, Target }) {
      if (name === 'Relationship' && Id && Target) targets.set(Id, Target);
    },
  });
  return targets;
}

/** A workbook relation's target as a zip path: relative to xl/, or absolute from the root. */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

// Excel's built-in number formats that show a date (14–22, 45–47; 27–36 and 50–58 in Chinese locales).
const builtInDates = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);
/** A format code shows a date when, outside quotes and [colour/locale] brackets, it has date letters. */
const isDateCode = (code: string) => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** For each cell style (a cell's `s`), whether its number format shows a date. */
async function readDateStyles(entry: ZipEntry, parse: Parse): Promise<boolean[]> {
  const codes = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await parse(entry, {
    open(name, attributes) {
      if (name === 'numFmt') codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formats.map((id) => {
    const code = codes.get(id);
    return code === undefined ? builtInDates.has(id) : isDateCode(code);
  });
}

/** The shared-string table: each <si>'s text, its phonetic guide (<rPh>) left out. */
async function readSharedStrings(entry: ZipEntry, limits: TableLimits, parse: Parse): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let phonetic = 0;
  await parse(entry, {
    open(name) {
      if (name === 'si') text = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic += 1;
    },
    text(t) {
      if (!inText) return;
      text += t;
      if (text.length > MAX_CELL_CHARS) throw refuse('rowTooLarge');
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') {
        strings.push(text);
        if (strings.length > limits.maxSharedStrings) throw refuse('tooLarge');
      }
    },
  });
  return strings;
}

type CellText = (type: string, style: number, raw: string) => string;

/**
 * Collects rows as they close. A row that crosses the limits is refused on the spot: the row number of
 * a row with content past the header plus `maxRows`, a cell with content past `maxColumns`, and rows
 * themselves, empty or not, past twice the rows allowed (a sheet of empty rows is a bomb too).
 */
function sheetHandlers(rows: string[][], limits: TableLimits, cellText: CellText): Handlers {
  const maxRowElements = 2 * (limits.maxRows + 1);
  let rowElements = 0;
  let rowNumber = 0;
  let cells: string[] = [];
  let column = 0;
  let type = 'n';
  let style = 0;
  let raw = '';
  let inValue = false;
  let inInline = false;
  let phonetic = 0;
  return {
    open(name, attributes) {
      switch (name) {
        case 'row': {
          rowElements += 1;
          if (rowElements > maxRowElements) throw refuse('tooManyRows');
          const r = attributes.r ? Number(attributes.r) : rowNumber + 1;
          if (!Number.isSafeInteger(r) || r <= rowNumber) throw refuse('unreadable');
          rowNumber = r;
          cells = [];
          column = 0;
          return;
        }
        case 'c': {
          const at = attributes.r ? columnOf(attributes.r) : column + 1;
          if (at <= column) throw refuse('unreadable');
          column = at;
          type = attributes.t ?? 'n';
          style = attributes.s ? Number(attributes.s) : 0;
          raw = '';
          return;
        }
        case 'v':
          inValue = true;
          return;
        case 'is':
          inInline = true;
          return;
        case 'rPh':
          phonetic += 1;
          return;
        case 't':
          inValue = inInline && phonetic === 0;
          return;
      }
    },
    text(t) {
      if (!inValue) return;
      raw += t;
      if (raw.length > MAX_CELL_CHARS) throw refuse('rowTooLarge');
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          inValue = false;
          return;
        case 'is':
          inInline = false;
          return;
        case 'rPh':
          phonetic -= 1;
          return;
        case 'c': {
          const text = cellText(type, style, raw);
          if (text === '') return;
          if (column > limits.maxColumns) throw refuse('rowTooLarge');
          cells[column - 1] = text;
          return;
        }
        case 'row': {
          if (cells.length === 0) return;
          if (rowNumber > limits.maxRows + 1) throw refuse('tooManyRows');
          while (rows.length < rowNumber - 1) rows.push([]);
          rows.push(Array.from(cells, (c) => c ?? ''));
          return;
        }
      }
    },
  };
}

/** "AB12" → 28: the column of a cell reference (letters base 26, A = 1). */
function columnOf(reference: string): number {
  let n = 0;
  for (const ch of reference) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
    // Excel stops at XFD (16,384); a longer reference is no cell
    if (n > 16_384) throw refuse('unreadable');
  }
  if (n === 0) throw refuse('unreadable');
  return n;
}

/** Excel's day count as an ISO date, as exceljs reads it (the serial's midnight, UTC). */
function excelDate(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
