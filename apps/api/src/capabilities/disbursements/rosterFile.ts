import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { csvRecord, type RosterLine, rosterColumns, rosterRow } from '@talent/domain';
import ExcelJS from 'exceljs';
import type { Db } from '../../platform/db.js';
import type { Pii } from '../../platform/pii.js';
import * as repo from './repository.js';

// 发放花名册 as a file, streamed: pages of the roster are read one after another (keyset on the line
// number), decrypted, written out and dropped, so a 100,000-line roster never sits in memory whole.
// Lines withdrawn because their award stopped are not in it.

const PAGE = 5000;

type BatchOfRoster = { id: string; number: string; line_count: number; withdrawn_count: number };

async function* rosterLines(db: Db, pii: Pii, batch: BatchOfRoster): AsyncGenerator<RosterLine[]> {
  // numbered 1..n at preparation; withdrawn lines keep their numbers (gaps the pages skip over)
  const last = batch.line_count + batch.withdrawn_count;
  for (let after = 0; after < last; after += PAGE) {
    const rows = await repo.rosterPage(db, batch.id, after, PAGE);
    // A payee's lines are numbered together and share their ciphertexts: decrypt each once a page.
    const plain = new Map<string, string>();
    const decrypt = (stored: string) => {
      let value = plain.get(stored);
      if (value === undefined) {
        value = pii.decrypt(stored);
        plain.set(stored, value);
      }
      return value;
    };
    yield rows.map((r) => ({
      lineNo: r.line_no,
      payeeName: decrypt(r.payee_name_enc),
      bankName: r.bank_name,
      accountNumber: decrypt(r.payee_account_enc),
      amountFen: r.amount_fen,
      kind: r.kind,
      sequence: r.sequence,
      ofCount: r.of_count,
      dueDate: r.due_date,
    }));
  }
}

/** CSV in UTF-8 with a BOM (so that Excel opens it in Chinese), one page per pull. */
export function rosterCsv(db: Db, pii: Pii, batch: BatchOfRoster): ReadableStream<Uint8Array> {
  const pages = rosterLines(db, pii, batch);
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvRecord(rosterColumns)}`));
        return;
      }
      const next = await pages.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(
        encoder.encode(next.value.map((l) => csvRecord(rosterRow(batch.number, l))).join('')),
      );
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

/**
 * XLSX through exceljs's streaming writer: each row is committed as it is written, and a page is read
 * only once the HTTP side has taken what came before (back-pressure on the pass-through).
 */
export function rosterXlsx(db: Db, pii: Pii, batch: BatchOfRoster): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  // Fast deflate: the roster is mostly digits and compresses well at any level; the CPU is the cost.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  const sheet = workbook.addWorksheet('发放花名册');
  (async () => {
    sheet.addRow([...rosterColumns]).commit();
    for await (const page of rosterLines(db, pii, batch)) {
      for (const line of page) sheet.addRow(rosterRow(batch.number, line)).commit();
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
