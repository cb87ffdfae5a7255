import { createHash } from 'node:crypto';
import {
  type Actor,
  type CardImportField,
  type CardImportMode,
  type CardRowError,
  cardImportMaxRows,
  cardImportTemplateHeader,
  type LocalizedText,
  maskResidentId,
  t,
  validateCardRows,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, conflict, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import {
  readSpreadsheet,
  type SpreadsheetFormat,
  type SpreadsheetOptions,
} from '../../platform/spreadsheet.js';
import { assertManages, assertReads, type Ctx } from './access.js';
import { numberTaken } from './registry.js';
import * as repo from './repository.js';

// Card imports: a spreadsheet is validated and kept as a report, then committed whole or valid rows only.

/** A valid row as kept until the officer commits: the resident ID encrypted, never in clear. */
type StoredCard = {
  cardNumber: string;
  holderName: string;
  residentIdEnc: string;
  residentIdHmac: string;
  residentIdMasked: string;
  tier: string;
  issueDate: string;
  expiryDate: string;
};
type StoredRow = {
  row: number;
  cardNumber: string;
  holderName: string;
  errors: CardRowError[];
  card: StoredCard | null;
};
type StoredReport = { missingColumns: CardImportField[]; rows: StoredRow[] };

export type ImportRowView = {
  /** The spreadsheet's row number: the header is row 1, the first card row 2. */
  row: number;
  cardNumber: string;
  holderName: string;
  holderResidentId: string | null;
  tier: string | null;
  issueDate: string | null;
  expiryDate: string | null;
  valid: boolean;
  errors: {
    field: CardImportField;
    messageKey: string;
    params?: Record<string, string | number>;
    text: LocalizedText;
  }[];
};

export type CardImportView = {
  id: string;
  fileName: string;
  format: SpreadsheetFormat;
  status: 'validated' | 'committed';
  rowCount: number;
  validCount: number;
  missingColumns: CardImportField[];
  committedMode: CardImportMode | null;
  committedCount: number | null;
  createdAt: string;
  committedAt: string | null;
  rows: ImportRowView[];
};

function toImportView(row: repo.ImportRow): CardImportView {
  const report = row.report as StoredReport;
  return {
    id: row.id,
    fileName: row.file_name,
    format: row.format,
    status: row.status,
    rowCount: row.row_count,
    validCount: row.valid_count,
    missingColumns: report.missingColumns,
    committedMode: row.committed_mode,
    committedCount: row.committed_count,
    createdAt: row.created_at.toISOString(),
    committedAt: row.committed_at?.toISOString() ?? null,
    rows: report.rows.map((r) => ({
      row: r.row,
      cardNumber: r.cardNumber,
      holderName: r.holderName,
      holderResidentId: r.card?.residentIdMasked ?? null,
      tier: r.card?.tier ?? null,
      issueDate: r.card?.issueDate ?? null,
      expiryDate: r.card?.expiryDate ?? null,
      valid: r.errors.length === 0,
      errors: r.errors.map((e) => ({
        ...e,
        text: { 'zh-CN': t('zh-CN', e.messageKey, e.params), en: t('en', e.messageKey, e.params) },
      })),
    })),
  };
}

/** A card file: at most `cardImportMaxRows` rows, its problems said in the registry's terms. */
export const cardFile: SpreadsheetOptions = {
  maxRows: cardImportMaxRows,
  messages: {
    fileType: 'validation.talentCard.fileType',
    encoding: 'validation.talentCard.encoding',
    unreadable: 'validation.talentCard.unreadable',
    noRows: 'validation.talentCard.noRows',
    tooManyRows: 'validation.talentCard.tooManyRows',
  },
};

/**
 * Reads and validates every row of an uploaded card file and keeps the report; imports nothing. The
 * officer then commits the whole file (only when every row passed) or, explicitly, the valid rows.
 */
export async function validateImport(
  db: Db,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  ctx: Ctx,
): Promise<CardImportView> {
  assertManages(actor);
  const { format, rows } = await readSpreadsheet(file.name, file.bytes, cardFile);
  const existing = await repo.existingNumbers(db, candidateNumbers(rows));
  const checked = validateCardRows(rows, { existingCardNumbers: existing });
  const report: StoredReport = {
    missingColumns: checked.missingColumns,
    rows: checked.rows.map((r) => ({
      row: r.row,
      cardNumber: r.cardNumber,
      holderName: r.holderName,
      errors: r.errors,
      card: r.card
        ? {
            cardNumber: r.card.cardNumber,
            holderName: r.card.holderName,
            residentIdEnc: ctx.pii.encrypt(r.card.holderResidentId),
            residentIdHmac: ctx.pii.blindIndex(r.card.holderResidentId),
            residentIdMasked: maskResidentId(r.card.holderResidentId),
            tier: r.card.tier,
            issueDate: r.card.issueDate,
            expiryDate: r.card.expiryDate,
          }
        : null,
    })),
  };
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return inTransaction(db, async (trx) => {
    const id = await repo.insertImport(trx, {
      file_name: file.name,
      sha256,
      format,
      row_count: checked.rowCount,
      valid_count: checked.validCount,
      report,
      created_by: actor.userId,
    });
    await writeAudit(trx, ctx, {
      actor,
      action: 'talent_card_import.validate',
      entity: 'talent_card_import',
      entityId: id,
      details: {
        fileName: file.name,
        format,
        sha256,
        rowCount: checked.rowCount,
        validCount: checked.validCount,
      },
    });
    const row = await repo.findImport(trx, id);
    if (!row) throw notFound();
    return toImportView(row);
  });
}

/** Every trimmed value of the card-number column, whichever alias the file used for it. */
function candidateNumbers(rows: Record<string, string>[]): string[] {
  const { rows: checked } = validateCardRows(rows);
  return [...new Set(checked.map((r) => r.cardNumber).filter((n) => n !== ''))];
}

export async function getImport(db: Db, actor: Actor, id: string): Promise<CardImportView> {
  assertReads(actor);
  if (!isUuid(id)) throw notFound();
  const row = await repo.findImport(db, id);
  if (!row) throw notFound();
  return toImportView(row);
}

export type CardImportSummary = Omit<CardImportView, 'rows' | 'missingColumns'>;

export async function listImports(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number },
): Promise<{ items: CardImportSummary[]; total: number; page: number; pageSize: number }> {
  assertReads(actor);
  const { rows, total } = await repo.listImports(db, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: rows.map((r) => {
      const { rows: _, missingColumns: __, ...summary } = toImportView(r);
      return summary;
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Imports a validated file in one transaction. `all` is refused (409, the failing rows in details)
 * while any row fails; `valid_only` inserts exactly the valid rows. Card numbers that reached the
 * registry since validation are checked again: they fail the row (and refuse `all`). Twice is a 409.
 */
export async function commitImport(
  db: Db,
  actor: Actor,
  id: string,
  mode: CardImportMode,
  ctx: Ctx,
): Promise<CardImportView> {
  assertManages(actor);
  if (!isUuid(id)) throw notFound();
  try {
    return await inTransaction(db, async (trx) => {
      const row = await repo.findImport(trx, id, { lock: true });
      if (!row) throw notFound();
      if (row.status === 'committed') throw conflict('error.conflict.cardImportCommitted');
      const report = row.report as StoredReport;
      const valid = report.rows.filter((r) => r.card !== null && r.errors.length === 0);
      const nowTaken = await repo.existingNumbers(
        trx,
        valid.map((r) => r.cardNumber),
      );
      const rows: StoredRow[] = report.rows.map((r) =>
        r.card && nowTaken.has(r.card.cardNumber)
          ? {
              ...r,
              card: null,
              errors: [
                ...r.errors,
                { field: 'cardNumber', messageKey: 'validation.talentCard.numberExists' },
              ],
            }
          : r,
      );
      const invalidRows = rows.filter((r) => r.errors.length > 0).map((r) => r.row);
      if (mode === 'all' && (invalidRows.length > 0 || report.missingColumns.length > 0)) {
        throw new ApiError('conflict', {
          messageKey: 'error.conflict.cardImportHasInvalidRows',
          details: { invalidRows, missingColumns: report.missingColumns },
        });
      }
      const cards = rows.flatMap((r) => (r.card ? [r.card] : []));
      const inserted = await repo.insertCards(
        trx,
        cards.map((c) => ({
          card_number: c.cardNumber,
          holder_name: c.holderName,
          holder_resident_id_enc: c.residentIdEnc,
          holder_resident_id_hmac: c.residentIdHmac,
          tier: c.tier,
          issue_date: c.issueDate,
          expiry_date: c.expiryDate,
          import_id: id,
          created_by: actor.userId,
        })),
      );
      await repo.markCommitted(trx, id, {
        mode,
        count: inserted,
        by: actor.userId,
        report: { ...report, rows },
      });
      await writeAudit(trx, ctx, {
        actor,
        action: 'talent_card_import.commit',
        entity: 'talent_card_import',
        entityId: id,
        details: {
          fileName: row.file_name,
          mode,
          rowCount: row.row_count,
          imported: inserted,
          skipped: invalidRows.length,
          skippedRows: invalidRows.slice(0, 100),
        },
      });
      const after = await repo.findImport(trx, id);
      if (!after) throw notFound();
      return toImportView(after);
    });
  } catch (err) {
    // Another officer added one of these numbers between our check and the insert.
    if (numberTaken(err)) throw conflict('error.conflict.talentCardNumberTaken');
    throw err;
  }
}

/** The import template: the header row only (with a BOM, so Excel opens it as UTF-8). */
export function importTemplateCsv(actor: Actor): string {
  assertReads(actor);
  return `\uFEFF${cardImportTemplateHeader.join(',')}\r\n`;
}
