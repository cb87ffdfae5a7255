import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  manyRowsCsv,
  manyRowsXlsx,
  sharedStringsXlsx,
  wideRowCsv,
  wideRowXlsx,
} from '../testing/spreadsheetBombs.js';
import { ApiError } from './errors.js';
import { readSpreadsheet, readTable, type SpreadsheetOptions } from './spreadsheet.js';

// The reader on real bytes: CSV as Excel and WPS save it (UTF-8 with or without a BOM, GBK) and
// real .xlsx workbooks written by exceljs.

const options: SpreadsheetOptions = {
  maxRows: 3,
  messages: {
    fileType: 'k.fileType',
    encoding: 'k.encoding',
    unreadable: 'k.unreadable',
    noRows: 'k.noRows',
    tooManyRows: 'k.tooManyRows',
  },
};

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The catalogue key a refused file is refused with. */
async function refusal(
  name: string,
  bytes: Uint8Array,
  code = 'validation_failed',
  opts: SpreadsheetOptions = options,
): Promise<string | undefined> {
  const err = await readSpreadsheet(name, bytes, opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  expect((err as ApiError).code).toBe(code);
  return (err as ApiError).fieldKeys?.[0]?.[1];
}

describe('readSpreadsheet', () => {
  it('keys CSV rows by the trimmed header, keeping blank rows so row numbers hold', async () => {
    const sheet = await readSpreadsheet(
      '名单.csv',
      utf8('\uFEFF 姓名 ,,等级\r\n张三,x,A\r\n\r\n李四,y\r\n'),
      options,
    );
    expect(sheet).toEqual({
      format: 'csv',
      header: ['姓名', '', '等级'],
      rows: [
        { 姓名: '张三', 等级: 'A' },
        { 姓名: '', 等级: '' },
        { 姓名: '李四', 等级: '' },
      ],
    });
  });

  it('reads a GBK CSV (Excel on a Chinese Windows)', async () => {
    // 姓名,a / 庆阳,1 in GBK
    const gbk = new Uint8Array([
      0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0x61, 0x0a, 0xc7, 0xec, 0xd1, 0xf4, 0x2c, 0x31,
    ]);
    expect((await readSpreadsheet('gbk.csv', gbk, options)).rows).toEqual([{ 姓名: '庆阳', a: '1' }]);
  });

  it('reads the first sheet of an .xlsx whatever its name: dates, rich text and formulas as text', async () => {
    const bytes = await xlsx([
      ['姓名', '日期', '数'],
      [
        { richText: [{ text: '王' }, { text: '红' }] },
        new Date('2026-03-01T00:00:00Z'),
        { formula: '1+1', result: 2 },
      ],
      [],
      ['赵六', null, 7],
    ]);
    const sheet = await readSpreadsheet('upload.bin', bytes, options);
    expect(sheet.format).toBe('xlsx');
    expect(sheet.rows).toEqual([
      { 姓名: '王红', 日期: '2026-03-01', 数: '2' },
      { 姓名: '', 日期: '', 数: '' },
      { 姓名: '赵六', 日期: '', 数: '7' },
    ]);
  });

  it('refuses each kind of unusable file with the importer’s own message', async () => {
    expect(await refusal('cards.pdf', utf8('%PDF-1.4\n'))).toBe('k.fileType');
    expect(await refusal('old.csv', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toBe('k.fileType');
    expect(await refusal('utf16.csv', new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('k.encoding');
    expect(await refusal('bad.csv', new Uint8Array([0x41, 0x2c, 0xff, 0x0a]))).toBe('k.encoding');
    expect(await refusal('broken.csv', utf8('a,b\n"x,y\n'))).toBe('k.unreadable');
    expect(await refusal('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe(
      'k.unreadable',
    );
    expect(await refusal('empty.csv', utf8('姓名\r\n\r\n'))).toBe('k.noRows');
    expect(await refusal('empty.xlsx', await xlsx([['姓名']]))).toBe('k.noRows');
  });

  it('refuses more than `maxRows` data rows, in CSV and in .xlsx', async () => {
    const four = ['h', '1', '2', '3', '4'];
    expect(await refusal('big.csv', utf8(four.join('\n')), 'unprocessable')).toBe('k.tooManyRows');
    expect(await refusal('big.xlsx', await xlsx(four.map((c) => [c])), 'unprocessable')).toBe(
      'k.tooManyRows',
    );
    expect((await readSpreadsheet('ok.csv', utf8(four.slice(0, 4).join('\n')), options)).rows).toHaveLength(
      3,
    );
  });
  it('keeps an .xlsx row where Excel shows it: empty rows between, gaps in a row, styled empty cells past the limits', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.getCell('A1').value = '姓名';
    sheet.getCell('C1').value = '数';
    sheet.getCell('A4').value = '张三';
    sheet.getCell('C4').value = 1.5;
    // formatting alone, far right and far down: no content, so neither a column nor a row
    sheet.getCell('ZZ4').numFmt = '0.00';
    sheet.getRow(50_000).getCell(1).numFmt = '0.00';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const limits = { maxRows: 3, maxColumns: 3, maxUncompressedBytes: 1 << 20, maxSharedStrings: 10 };
    expect((await readTable(bytes, limits)).rows).toEqual([['姓名', '', '数'], [], [], ['张三', '', '1.5']]);
  });

  it('refuses bombs while reading them: 413 for more text than allowed, 422 for rows and wide rows', async () => {
    const limits = { maxColumns: 8, maxUncompressedBytes: 4 << 20, maxSharedStrings: 1000 };
    const bombs = { ...options, maxRows: 1000, limits };
    const refused = (name: string, bytes: Uint8Array, code: string) => refusal(name, bytes, code, bombs);
    const tooLarge = 'error.payload_too_large.spreadsheet';
    const rowTooLarge = 'validation.import.rowTooLarge';
    // 6,000,000 rows (≈ 160 MB of sheet): the size it declares is refused before anything is inflated,
    expect(await refused('rows.xlsx', manyRowsXlsx(6_000_000), 'payload_too_large')).toBe(tooLarge);
    // and a zip that claims less is stopped where the bytes that come out pass the claim.
    expect(await refused('rows.xlsx', manyRowsXlsx(6_000_000, 1000), 'payload_too_large')).toBe(tooLarge);
    // Within the size limit, rows are counted as they come.
    expect(await refused('rows.xlsx', manyRowsXlsx(100_000), 'unprocessable')).toBe('k.tooManyRows');
    expect(await refused('strings.xlsx', sharedStringsXlsx(20_000), 'payload_too_large')).toBe(tooLarge);
    expect(await refused('wide.xlsx', wideRowXlsx(100_000), 'unprocessable')).toBe(rowTooLarge);
    expect(await refused('rows.csv', manyRowsCsv(100_000), 'unprocessable')).toBe('k.tooManyRows');
    expect(await refused('wide.csv', wideRowCsv(100_000), 'unprocessable')).toBe(rowTooLarge);
    expect(await refused('wide.csv', utf8(`a\n${'x,'.repeat(9)}\n`), 'unprocessable')).toBe(rowTooLarge);
    expect(await refused('long.csv', utf8(`a\n${'x'.repeat(140_000)}\n`), 'unprocessable')).toBe(rowTooLarge);
    expect(await refused('big.csv', manyRowsCsv(3_000_000), 'payload_too_large')).toBe(tooLarge);
  });

  it('counts CSV rows and cells as the parser splits them: quoted commas and line breaks are text', async () => {
    const limits = { maxColumns: 2, maxUncompressedBytes: 1 << 20, maxSharedStrings: 10 };
    const csv = utf8('a,b,,,\r\n"x,y,z","line\r\nbreak ""q"""\r\n1,2');
    expect((await readTable(csv, { ...limits, maxRows: 2 })).rows).toEqual([
      ['a', 'b', '', '', ''],
      ['x,y,z', 'line\r\nbreak "q"'],
      ['1', '2'],
    ]);
    expect(await refusal('r.csv', csv, 'unprocessable', { ...options, maxRows: 1, limits })).toBe(
      'k.tooManyRows',
    );
  });
});
