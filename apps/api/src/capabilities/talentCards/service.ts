import { createHash } from 'node:crypto';
import {
  type Actor,
  type CardImportField,
  type CardImportMode,
  type CardRowError,
  cardImportMaxRows,
  cardImportTemplateHeader,
  expiresSoon,
  hasBureauRole,
  type LocalizedText,
  maskResidentId,
  type PageQuery,
  parseResidentId,
  type TalentCardInput,
  type TalentCardRevoke,
  type TalentCardStanding,
  type TalentCardStatus,
  type TalentCardUpdate,
  type TalentCardView,
  t,
  talentCardStandingOn,
  todayInChina,
  validateCardRows,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import {
  ApiError,
  assertCurrentVersion,
  conflict,
  forbidden,
  notFound,
  uniqueViolation,
} from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import {
  readSpreadsheet,
  type SpreadsheetFormat,
  type SpreadsheetOptions,
} from '../../platform/spreadsheet.js';
import { notify } from '../notifications/service.js';
import * as repo from './repository.js';

// 陇原人才服务卡 registry (policy.md "The talent service card"): the bureau keeps the cards the green
// channel checks applications against — entered one by one or imported from a spreadsheet.

type Ctx = Pick<ServiceContext, 'requestId' | 'pii'>;

/** Reviewers and admins keep the registry. */
export function assertManages(actor: Actor): void {
  if (!hasBureauRole(actor, 'reviewer') && !hasBureauRole(actor, 'admin')) throw forbidden();
}

/** Approvers, registrars and auditors read it as well. */
function assertReads(actor: Actor): void {
  const roles = ['reviewer', 'admin', 'approver', 'registrar', 'auditor'] as const;
  if (!roles.some((role) => hasBureauRole(actor, role))) throw forbidden();
}

export type TalentCardItem = {
  id: string;
  cardNumber: string;
  holderName: string;
  /** Masked: 6210**********123X; the full number through the audited reveal. */
  holderResidentId: string;
  tier: string;
  issueDate: string;
  expiryDate: string;
  status: TalentCardStatus;
  /** As of today in China: valid, expired, revoked or not yet in force. */
  standing: TalentCardStanding;
  /** Valid and expiring within 60 days. */
  expiresSoon: boolean;
  revokedReason: string | null;
  revokedAt: string | null;
  expiryNotifiedAt: string | null;
  importId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

function toItem(row: repo.CardRow, ctx: Pick<Ctx, 'pii'>, today: string): TalentCardItem {
  const card = { status: row.status, issueDate: row.issue_date, expiryDate: row.expiry_date };
  return {
    id: row.id,
    cardNumber: row.card_number,
    holderName: row.holder_name,
    holderResidentId: maskResidentId(ctx.pii.decrypt(row.holder_resident_id_enc)),
    tier: row.tier,
    issueDate: row.issue_date,
    expiryDate: row.expiry_date,
    status: row.status,
    standing: talentCardStandingOn(card, today),
    expiresSoon: expiresSoon(card, today),
    revokedReason: row.revoked_reason,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    expiryNotifiedAt: row.expiry_notified_at?.toISOString() ?? null,
    importId: row.import_id,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export type TalentCardPage = { items: TalentCardItem[]; total: number; page: number; pageSize: number };
export type TalentCardQuery = Omit<PageQuery, 'sort'> & {
  sort?: repo.CardSort | undefined;
  view?: TalentCardView | undefined;
  tier?: string | undefined;
};

export async function listCards(
  db: Db,
  actor: Actor,
  query: TalentCardQuery,
  ctx: Pick<Ctx, 'pii'>,
  today = todayInChina(),
): Promise<TalentCardPage> {
  assertReads(actor);
  const residentId = query.q ? parseResidentId(query.q) : undefined;
  const { rows, total } = await repo.listCards(
    db,
    {
      view: query.view ?? 'all',
      tier: query.tier,
      q: query.q,
      qHmac: residentId?.ok ? ctx.pii.blindIndex(residentId.value.id) : undefined,
      today,
    },
    {
      sort: query.sort ?? 'expiryDate',
      order: query.order ?? 'asc',
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    },
  );
  return { items: rows.map((r) => toItem(r, ctx, today)), total, page: query.page, pageSize: query.pageSize };
}

/** How many cards each tab holds, under the same tier and search as the list. */
export async function cardCounts(
  db: Db,
  actor: Actor,
  query: { q?: string | undefined; tier?: string | undefined },
  ctx: Pick<Ctx, 'pii'>,
  today = todayInChina(),
): Promise<repo.ViewCounts> {
  assertReads(actor);
  const residentId = query.q ? parseResidentId(query.q) : undefined;
  return repo.countViews(db, {
    tier: query.tier,
    q: query.q,
    qHmac: residentId?.ok ? ctx.pii.blindIndex(residentId.value.id) : undefined,
    today,
  });
}

function storedFields(input: TalentCardInput, ctx: Pick<Ctx, 'pii'>) {
  return {
    card_number: input.cardNumber,
    holder_name: input.holderName,
    holder_resident_id_enc: ctx.pii.encrypt(input.holderResidentId),
    holder_resident_id_hmac: ctx.pii.blindIndex(input.holderResidentId),
    tier: input.tier,
    issue_date: input.issueDate,
    expiry_date: input.expiryDate,
  };
}

const numberTaken = (err: unknown) => uniqueViolation(err) !== undefined;

/** Enters one card. A number already in the registry is a 409. */
export async function createCard(
  db: Db,
  actor: Actor,
  input: TalentCardInput,
  ctx: Ctx,
): Promise<TalentCardItem> {
  assertManages(actor);
  try {
    return await inTransaction(db, async (trx) => {
      const id = await repo.insertCard(trx, {
        ...storedFields(input, ctx),
        import_id: null,
        created_by: actor.userId,
      });
      await writeAudit(trx, ctx, {
        actor,
        action: 'talent_card.create',
        entity: 'talent_card',
        entityId: id,
        details: {
          cardNumber: input.cardNumber,
          tier: input.tier,
          holder: maskResidentId(input.holderResidentId),
          issueDate: input.issueDate,
          expiryDate: input.expiryDate,
        },
      });
      return loadItem(trx, id, ctx);
    });
  } catch (err) {
    if (numberTaken(err)) throw conflict('error.conflict.talentCardNumberTaken');
    throw err;
  }
}

async function loadItem(db: Db, id: string, ctx: Pick<Ctx, 'pii'>): Promise<TalentCardItem> {
  const row = await repo.findCard(db, id);
  if (!row) throw notFound();
  return toItem(row, ctx, todayInChina());
}

/**
 * Corrects a card. The version must be the one the officer saw (409 otherwise); a revoked card stays
 * as it was revoked; an empty resident ID keeps the stored one. A new expiry date (or a new holder)
 * means the holder is warned again before it.
 */
export async function updateCard(
  db: Db,
  actor: Actor,
  id: string,
  input: TalentCardUpdate,
  ctx: Ctx,
): Promise<TalentCardItem> {
  assertManages(actor);
  if (!isUuid(id)) throw notFound();
  try {
    return await inTransaction(db, async (trx) => {
      const before = await repo.findCard(trx, id, { lock: true });
      if (!before) throw notFound();
      if (before.status === 'revoked') throw conflict('error.conflict.talentCardRevoked');
      assertCurrentVersion({ version: before.version }, input.version, 'error.conflict.talentCardStale');
      const { version: _, holderResidentId, ...card } = input;
      const holderHmac =
        holderResidentId === undefined
          ? before.holder_resident_id_hmac
          : ctx.pii.blindIndex(holderResidentId);
      const sameHolder = holderHmac === before.holder_resident_id_hmac;
      const fields = {
        card_number: card.cardNumber,
        holder_name: card.holderName,
        // An unchanged ID keeps its ciphertext: the row does not churn on every save.
        holder_resident_id_enc:
          sameHolder || holderResidentId === undefined
            ? before.holder_resident_id_enc
            : ctx.pii.encrypt(holderResidentId),
        holder_resident_id_hmac: holderHmac,
        tier: card.tier,
        issue_date: card.issueDate,
        expiry_date: card.expiryDate,
      };
      const changed = [
        ['cardNumber', before.card_number !== card.cardNumber],
        ['holderName', before.holder_name !== card.holderName],
        ['holderResidentId', !sameHolder],
        ['tier', before.tier !== card.tier],
        ['issueDate', before.issue_date !== card.issueDate],
        ['expiryDate', before.expiry_date !== card.expiryDate],
      ]
        .filter(([, differs]) => differs)
        .map(([name]) => name);
      await repo.updateCard(trx, id, fields, before.expiry_date !== card.expiryDate || !sameHolder);
      await writeAudit(trx, ctx, {
        actor,
        action: 'talent_card.update',
        entity: 'talent_card',
        entityId: id,
        details: {
          cardNumber: card.cardNumber,
          fields: changed,
          ...(before.expiry_date !== card.expiryDate
            ? { expiryDate: [before.expiry_date, card.expiryDate] }
            : {}),
        },
      });
      return loadItem(trx, id, ctx);
    });
  } catch (err) {
    if (numberTaken(err)) throw conflict('error.conflict.talentCardNumberTaken');
    throw err;
  }
}

/** Revokes a card with a reason; its holder, if they have an account, is told. */
export async function revokeCard(
  db: Db,
  actor: Actor,
  id: string,
  input: TalentCardRevoke,
  ctx: Ctx,
): Promise<TalentCardItem> {
  assertManages(actor);
  if (!isUuid(id)) throw notFound();
  return inTransaction(db, async (trx) => {
    const before = await repo.findCard(trx, id, { lock: true });
    if (!before) throw notFound();
    if (before.status === 'revoked') throw conflict('error.conflict.talentCardRevoked');
    assertCurrentVersion({ version: before.version }, input.version, 'error.conflict.talentCardStale');
    await repo.revokeCard(trx, id, input.reason, actor.userId);
    await writeAudit(trx, ctx, {
      actor,
      action: 'talent_card.revoke',
      entity: 'talent_card',
      entityId: id,
      details: { cardNumber: before.card_number, from: 'valid', to: 'revoked', reason: input.reason },
    });
    for (const userId of await repo.applicantIdsByHmac(trx, before.holder_resident_id_hmac)) {
      await notify(trx, {
        userId,
        kind: 'notification.talentCard.revoked',
        params: { cardNumber: before.card_number },
        entity: 'talent_card',
        entityId: id,
      });
    }
    return loadItem(trx, id, ctx);
  });
}

/** The holder's full resident ID, for the officer who must compare it with a document; audited. */
export async function revealHolderId(
  db: Db,
  actor: Actor,
  id: string,
  ctx: Ctx,
): Promise<{ holderResidentId: string }> {
  assertManages(actor);
  if (!isUuid(id)) throw notFound();
  return inTransaction(db, async (trx) => {
    const row = await repo.findCard(trx, id);
    if (!row) throw notFound();
    await writeAudit(trx, ctx, {
      actor,
      action: 'resident_id.reveal',
      entity: 'talent_card',
      entityId: id,
      details: { cardNumber: row.card_number },
    });
    return { holderResidentId: ctx.pii.decrypt(row.holder_resident_id_enc) };
  });
}

export type CardHistoryEntry = {
  at: string;
  /** e.g. 'talent_card.revoke', 'talent_card_import.commit', 'resident_id.reveal'. */
  action: string;
  actorKind: string | null;
  /** Null for the system (the expiry warning). */
  actorName: string | null;
  reason: string | null;
  /** Fields a correction changed. */
  fields: string[];
  /** The file a card was imported from. */
  fileName: string | null;
};

/** A card's history for the registry's readers (audit rows hold masked values only). */
export async function cardHistory(db: Db, actor: Actor, id: string): Promise<{ items: CardHistoryEntry[] }> {
  assertReads(actor);
  if (!isUuid(id)) throw notFound();
  const card = await repo.findCard(db, id);
  if (!card) throw notFound();
  const rows = await repo.cardHistory(db, card);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    items: rows.map((r) => ({
      at: r.at.toISOString(),
      action: r.action,
      actorKind: r.actor_kind,
      actorName: r.actor_name,
      reason: text(r.details.reason),
      fields: Array.isArray(r.details.fields)
        ? r.details.fields.filter((f): f is string => typeof f === 'string')
        : [],
      fileName: text(r.details.fileName),
    })),
  };
}

export type OwnCard = Pick<
  TalentCardItem,
  | 'id'
  | 'cardNumber'
  | 'holderName'
  | 'holderResidentId'
  | 'tier'
  | 'issueDate'
  | 'expiryDate'
  | 'status'
  | 'standing'
  | 'expiresSoon'
>;

/** The cards registered under the applicant's own resident ID (none without one on file). */
export async function ownCards(db: Db, actor: Actor, ctx: Pick<Ctx, 'pii'>): Promise<{ items: OwnCard[] }> {
  if (actor.kind !== 'applicant') throw forbidden();
  const user = await db
    .selectFrom('app_user')
    .select('resident_id_hmac')
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  if (!user?.resident_id_hmac) return { items: [] };
  const today = todayInChina();
  const rows = await repo.cardsOfHolder(db, user.resident_id_hmac);
  return {
    items: rows.map((row) => {
      const item = toItem(row, ctx, today);
      return {
        id: item.id,
        cardNumber: item.cardNumber,
        holderName: item.holderName,
        holderResidentId: item.holderResidentId,
        tier: item.tier,
        issueDate: item.issueDate,
        expiryDate: item.expiryDate,
        status: item.status,
        standing: item.standing,
        expiresSoon: item.expiresSoon,
      };
    }),
  };
}

// --- imports

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

// --- expiry warnings

/**
 * Warns each holder with an applicant account, once, that their valid card expires within 60 days
 * (in-app and SMS); sets expiry_notified_at. Holders without an account are warned once they have
 * one. Each card in its own transaction with SKIP LOCKED, so concurrent runs never warn twice.
 */
export async function warnExpiringCards(db: Db, today: string, limit = 1000): Promise<number> {
  let warned = 0;
  while (warned < limit) {
    const done = await inTransaction(db, async (trx) => {
      const card = await repo.takeCardToWarn(trx, today);
      if (!card) return false;
      for (const userId of await repo.applicantIdsByHmac(trx, card.holder_resident_id_hmac)) {
        await notify(trx, {
          userId,
          kind: 'notification.talentCard.expiring',
          params: { cardNumber: card.card_number, expiryDate: card.expiry_date },
          entity: 'talent_card',
          entityId: card.id,
        });
      }
      await repo.markWarned(trx, card.id);
      await writeAudit(
        trx,
        { requestId: null },
        {
          actor: null,
          action: 'talent_card.expiry_warning',
          entity: 'talent_card',
          entityId: card.id,
          details: { cardNumber: card.card_number, expiryDate: card.expiry_date },
        },
      );
      return true;
    });
    if (!done) break;
    warned += 1;
  }
  return warned;
}
