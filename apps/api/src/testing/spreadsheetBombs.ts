import { constants, deflateRawSync } from 'node:zlib';

// Spreadsheet bombs for the import tests and `pnpm bench:imports`, built in memory in a moment: a
// sheet of millions of rows is one block of rows deflated once and repeated (a deflate stream may be
// any run of blocks), so the zip is small while what it inflates to is not. CRCs are left 0: no
// reader should get far enough to check one.

type Part = { name: string; deflated: Buffer; uncompressedSize: number };

const te = new TextEncoder();

/** `text` deflated as a non-final block that refers to nothing before it, so copies may follow it. */
const block = (text: string, level = 6) =>
  deflateRawSync(te.encode(text), { finishFlush: constants.Z_SYNC_FLUSH, level });
// A final, empty, fixed-Huffman block: the end of a deflate stream.
const END = Buffer.from([0x03, 0x00]);

function part(name: string, head: string, repeated: string, times: number, tail: string): Part {
  const body = block(repeated);
  return {
    name,
    deflated: Buffer.concat([block(head), ...Array.from({ length: times }, () => body), block(tail), END]),
    uncompressedSize: Buffer.byteLength(head) + Buffer.byteLength(repeated) * times + Buffer.byteLength(tail),
  };
}
const small = (name: string, text: string) => part(name, text, '', 0, '');

/** A zip of the parts; `declare` overrides the uncompressed size a part claims (a lying header). */
export function zip(parts: Part[], declare: Record<string, number> = {}): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const size = declare[p.name] ?? p.uncompressedSize;
    const header = (signature: number, length: number) => {
      const h = Buffer.alloc(length);
      h.writeUInt32LE(signature, 0);
      return h;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.deflated.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const entry = header(0x02014b50, 46);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.deflated.byteLength, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.byteLength, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    central.push(entry, name);
    offset += 30 + name.byteLength + p.deflated.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const SHEET = 'xl/worksheets/sheet1.xml';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function workbook(extra: Part[]): Part[] {
  return [
    small(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    small(
      'xl/workbook.xml',
      `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    small(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    ...extra,
  ];
}

const ROWS_PER_BLOCK = 10_000;
const HEADER_ROW = '<row><c t="inlineStr"><is><t>明细号</t></is></c></row>';

/** A first sheet of `rows` one-cell rows below a header (rounded up to whole blocks of 10,000). */
export function manyRowsXlsx(rows: number, declare?: number): Uint8Array {
  const sheet = part(
    SHEET,
    `<worksheet ${NS}><sheetData>${HEADER_ROW}`,
    '<row><c><v>1</v></c></row>'.repeat(ROWS_PER_BLOCK),
    Math.ceil(rows / ROWS_PER_BLOCK),
    '</sheetData></worksheet>',
  );
  return zip(workbook([sheet]), declare === undefined ? {} : { [SHEET]: declare });
}

/**
 * A sheet as Excel might write it, only far longer: `rows` distinct numbered rows,
 * deflated block by block, so the file is as large as such a workbook is (6,000,000 rows ≈ 30 MB).
 * `declare`, as above, makes its header lie.
 */
export function bankRowsXlsx(rows: number, declare?: number): Uint8Array {
  const blocks: Buffer[] = [block(`<worksheet ${NS}><sheetData>${HEADER_ROW}`)];
  let size = Buffer.byteLength(`<worksheet ${NS}><sheetData>${HEADER_ROW}`);
  for (let from = 2; from <= rows + 1; from += ROWS_PER_BLOCK) {
    let text = '';
    for (let r = from; r < Math.min(from + ROWS_PER_BLOCK, rows + 2); r++) {
      text += `<row r="${r}"><c><v>${r}</v></c></row>`;
    }
    blocks.push(block(text, 1));
    size += Buffer.byteLength(text);
  }
  const tail = '</sheetData></worksheet>';
  blocks.push(block(tail), END);
  const sheet = { name: SHEET, deflated: Buffer.concat(blocks), uncompressedSize: size + tail.length };
  return zip(workbook([sheet]), declare === undefined ? {} : { [SHEET]: declare });
}

/** A shared-string table of `strings` entries (one sheet cell uses the first). */
export function sharedStringsXlsx(strings: number): Uint8Array {
  const table = part(
    'xl/sharedStrings.xml',
    `<sst ${NS}>`,
    '<si><t>x</t></si>'.repeat(ROWS_PER_BLOCK),
    Math.ceil(strings / ROWS_PER_BLOCK),
    '</sst>',
  );
  const sheet = small(
    SHEET,
    `<worksheet ${NS}><sheetData><row><c t="s"><v>0</v></c></row></sheetData></worksheet>`,
  );
  return zip(workbook([table, sheet]));
}

/** A header and one row of `cells` cells. */
export function wideRowXlsx(cells: number): Uint8Array {
  const sheet = part(
    SHEET,
    `<worksheet ${NS}><sheetData>${HEADER_ROW}<row>`,
    '<c><v>1</v></c>'.repeat(ROWS_PER_BLOCK),
    Math.ceil(cells / ROWS_PER_BLOCK),
    '</row></sheetData></worksheet>',
  );
  return zip(workbook([sheet]));
}

/** A CSV of a header and `rows` short rows. */
export const manyRowsCsv = (rows: number) => te.encode(`明细号\n${'1\n'.repeat(rows)}`);
/** A CSV whose second row is `commas` commas: that many empty cells. */
export const wideRowCsv = (commas: number) => te.encode(`明细号\n${','.repeat(commas)}\n`);
