import { type Actor, isAllowedUploadMime, mayReadCaseDocument } from '@talent/domain';
import { fileTypeFromBuffer } from 'file-type';
import { writeAudit } from '../../platform/audit.js';
import type { UploadQuota } from '../../platform/config.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, forbidden, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import * as repo from './repository.js';
import { readBytes, sha256Hex, storeBytes } from './store.js';

export type DocumentItem = {
  id: string;
  mime: repo.DocumentRow['mime'];
  sizeBytes: number;
  originalName: string;
  createdAt: string;
  /** Where the bytes are served (inline), for a preview. */
  url: string;
};

function toItem(row: repo.DocumentRow): DocumentItem {
  return {
    id: row.id,
    mime: row.mime,
    sizeBytes: row.size_bytes,
    originalName: row.original_name,
    createdAt: row.created_at.toISOString(),
    url: `/api/documents/${row.id}/content`,
  };
}

const HOUR = 3600;

/**
 * Refuses an upload past the user's hourly quota: 429 when they have sent their files for the hour,
 * 413 when this file (`bytes`; 0 before the body is read) would take them past their bytes. Either
 * way Retry-After says when the oldest upload of the hour stops counting.
 */
export async function assertUploadQuota(db: Db, actor: Actor, quota: UploadQuota, bytes = 0) {
  const recent = await repo.uploadedSince(db, actor.userId, HOUR);
  const files = recent.files >= quota.filesPerHour;
  if (!files && recent.bytes + bytes <= quota.bytesPerHour) return;
  const oldest = recent.oldest?.getTime() ?? Date.now();
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest + HOUR * 1000 - Date.now()) / 1000));
  throw new ApiError(files ? 'rate_limited' : 'payload_too_large', {
    messageKey: files ? 'error.rate_limited.uploads' : 'error.payload_too_large.uploadQuota',
    details: { retryAfterSeconds },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

/**
 * Keeps an uploaded file: PDF, JPEG or PNG as its content says, whatever its name (a renamed
 * executable is refused), stored once by its SHA-256. Size and emptiness were checked while reading;
 * the hourly quota is checked again with the owner locked, so uploads sent at once count in turn.
 */
export async function upload(
  db: Db,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  ctx: Pick<ServiceContext, 'requestId'>,
  quota: UploadQuota,
): Promise<DocumentItem> {
  const type = await fileTypeFromBuffer(file.bytes);
  if (!type || !isAllowedUploadMime(type.mime)) {
    throw new ApiError('unsupported_media_type', { messageKey: 'error.unsupported_media_type.upload' });
  }
  const sha256 = sha256Hex(file.bytes);
  return inTransaction(db, async (trx) => {
    await repo.lockOwner(trx, actor.userId);
    await assertUploadQuota(trx, actor, quota, file.bytes.byteLength);
    await storeBytes(trx, sha256, file.bytes);
    const row = await repo.insertDocument(trx, {
      owner_user_id: actor.userId,
      sha256,
      mime: type.mime as repo.DocumentRow['mime'],
      size_bytes: file.bytes.byteLength,
      original_name: file.name,
    });
    await writeAudit(trx, ctx, {
      actor,
      action: 'document.upload',
      entity: 'document',
      entityId: row.id,
      details: { mime: row.mime, sizeBytes: row.size_bytes, sha256 },
    });
    return toItem(row);
  });
}

export async function listOwn(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number },
): Promise<{ items: DocumentItem[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.listOwn(
    db,
    actor.userId,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return { items: rows.map(toItem), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The bytes, for their owner, or for the bureau staff who handle the document's case
 * (mayReadCaseDocument: finance never opens an ID scan); each staff reading is audited with the case.
 */
export async function content(
  db: Db,
  actor: Actor,
  id: string,
  ctx: Pick<ServiceContext, 'requestId'>,
): Promise<{ row: repo.DocumentRow; bytes: Buffer }> {
  if (!isUuid(id)) throw notFound();
  const row = await repo.findDocument(db, id);
  if (!row) throw notFound();
  if (row.owner_user_id !== actor.userId) {
    const owningCase = actor.kind === 'bureau' ? await repo.caseOfDocument(db, id) : null;
    if (!owningCase) throw notFound();
    if (!mayReadCaseDocument(actor, owningCase.kind)) throw forbidden();
    await writeAudit(db, ctx, {
      actor,
      action: 'document.read',
      entity: 'document',
      entityId: id,
      details: { case: owningCase.kind, caseId: owningCase.caseId, mime: row.mime },
    });
  }
  return { row, bytes: await readBytes(db, row.sha256) };
}
