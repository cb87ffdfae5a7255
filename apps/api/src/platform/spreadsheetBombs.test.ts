import type { ScratchDb } from '@talent/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadContributions } from '../capabilities/contributions/fixtures.js';
import {
  approveAndSend,
  disbursementDatabase,
  freshEra,
  insertAward,
  uploadResults,
} from '../capabilities/disbursements/fixtures.js';
import type { BatchView } from '../capabilities/disbursements/view.js';
import { uploadCardFile } from '../capabilities/talentCards/fixtures.js';
import { createTestHarness, errorOf, type TestHarness } from '../testing/index.js';
import {
  manyRowsCsv,
  manyRowsXlsx,
  sharedStringsXlsx,
  wideRowCsv,
  wideRowXlsx,
} from '../testing/spreadsheetBombs.js';

// Spreadsheet bombs posted to the three imports over the real routes: each is refused with 413 (more
// text than the import reads) or 422 (more rows, or a wider row, than it takes) within moments, the
// server's memory stays where it was, and nothing is recorded. Peak memory in a server process of
// its own is measured by `pnpm bench:imports`.

let scratch: ScratchDb | undefined;
let h: TestHarness;

beforeAll(async () => {
  scratch = await disbursementDatabase();
  h = await createTestHarness({}, scratch);
});
afterAll(async () => {
  await scratch?.dispose();
});

type Bomb = { name: string; file: string; bytes: () => Uint8Array; status: 413 | 422; key: string };

const TOO_LARGE = 'error.payload_too_large.spreadsheet';
const ROW_TOO_LARGE = 'validation.import.rowTooLarge';

/** The refusals every import shares; `rows` is the importer's own row cap message. */
function bombs(rows: string, csvRows: number, csvCommas: number): Bomb[] {
  return [
    // ≈ 160 MB of sheet, and it says so
    {
      name: '6,000,000 rows',
      file: 'rows.xlsx',
      bytes: () => manyRowsXlsx(6_000_000),
      status: 413,
      key: TOO_LARGE,
    },
    // the same, claiming 1 KB
    {
      name: '6,000,000 rows, lying about its size',
      file: 'rows.xlsx',
      bytes: () => manyRowsXlsx(6_000_000, 1024),
      status: 413,
      key: TOO_LARGE,
    },
    // 26 MB of sheet: within every size limit, past every row limit
    {
      name: '1,000,000 rows',
      file: 'rows.xlsx',
      bytes: () => manyRowsXlsx(1_000_000),
      status: 422,
      key: rows,
    },
    {
      name: '6,000,000 shared strings',
      file: 'strings.xlsx',
      bytes: () => sharedStringsXlsx(6_000_000),
      status: 413,
      key: TOO_LARGE,
    },
    {
      name: 'a row of 1,000,000 cells',
      file: 'wide.xlsx',
      bytes: () => wideRowXlsx(1_000_000),
      status: 422,
      key: ROW_TOO_LARGE,
    },
    {
      name: `a CSV of ${csvRows.toLocaleString('en-US')} rows`,
      file: 'rows.csv',
      bytes: () => manyRowsCsv(csvRows),
      status: 422,
      key: rows,
    },
    {
      name: `a CSV row of ${csvCommas.toLocaleString('en-US')} commas`,
      file: 'wide.csv',
      bytes: () => wideRowCsv(csvCommas),
      status: 422,
      key: ROW_TOO_LARGE,
    },
  ];
}

/** Posts the bomb, sampling the process's memory meanwhile: status, error, seconds, MB of growth. */
async function post(bomb: Bomb, send: (bytes: Uint8Array) => Promise<Response>) {
  const bytes = bomb.bytes();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const res = await send(bytes);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const error = await errorOf(res);
  console.log(
    `${bomb.name.padEnd(40)} ${String(res.status)} in ${seconds.toFixed(2)} s, rss +${((peak - before) / 2 ** 20).toFixed(0)} MB`,
  );
  return { res, error, seconds, growthMb: (peak - before) / 2 ** 20 };
}

function expectRefused(bomb: Bomb, refused: Awaited<ReturnType<typeof post>>) {
  expect(refused.res.status, bomb.name).toBe(bomb.status);
  expect(refused.error.details?.fields?.[0], bomb.name).toMatchObject({ path: 'file', code: bomb.key });
  // Under 2 s on an idle machine; generous here, as the test machine is shared.
  expect(refused.seconds, bomb.name).toBeLessThan(5);
  // The old readers grew by gigabytes before they gave up.
  expect(refused.growthMb, bomb.name).toBeLessThan(300);
}

describe('spreadsheet bombs', () => {
  it('bank results: refused while read, nothing recorded', async () => {
    const finance = await h.bureau(['finance']);
    const approver = await h.bureau(['finance']);
    const { asOf, due } = freshEra(1700);
    await insertAward(h, [{ amountFen: 1000, dueDate: due(1) }]);
    const res = await h.call('POST', '/api/disbursements', {
      cookie: finance.cookie,
      body: { dueAsOf: asOf },
    });
    const batch = await approveAndSend(h, (await res.json()) as BatchView, approver.cookie);
    expect(batch.state).toBe('exported');
    // 12 MB and 20 MB: within the upload's 40 MB
    for (const bomb of bombs('disbursement.result_file_too_many_rows', 6_000_000, 20_000_000)) {
      expectRefused(
        bomb,
        await post(bomb, (bytes) => uploadResults(h, batch.id, finance.cookie, bytes, bomb.file)),
      );
    }
    const imports = await h.db
      .selectFrom('bank_result_import')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('batch_id', '=', batch.id)
      .executeTakeFirstOrThrow();
    expect(Number(imports.n)).toBe(0);
  });

  it('card registry: refused while read, nothing recorded', async () => {
    const reviewer = await h.bureau(['reviewer']);
    // 800 KB and 900 KB: within the API's 1 MB body limit, which card files are under
    for (const bomb of bombs('validation.talentCard.tooManyRows', 400_000, 900_000)) {
      expectRefused(bomb, await post(bomb, (bytes) => uploadCardFile(h, reviewer.cookie, bomb.file, bytes)));
    }
    const imports = await h.db
      .selectFrom('talent_card_import')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('created_by', '=', reviewer.id)
      .executeTakeFirstOrThrow();
    expect(Number(imports.n)).toBe(0);
  });

  it('contributions: refused while read, nothing recorded', async () => {
    const reviewer = await h.bureau(['reviewer']);
    // 800 KB and 900 KB: within the upload's 960 KB
    for (const bomb of bombs('validation.import.tooManyRows', 400_000, 900_000)) {
      expectRefused(
        bomb,
        await post(bomb, (bytes) => uploadContributions(h, reviewer.cookie, bomb.file, bytes)),
      );
    }
    const imports = await h.db
      .selectFrom('contribution_import')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('created_by', '=', reviewer.id)
      .executeTakeFirstOrThrow();
    expect(Number(imports.n)).toBe(0);
  });
});
