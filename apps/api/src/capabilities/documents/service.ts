import { type Actor, isAllowedUploadMime } from '@talent/domain';
import { fileTypeFromBuffer } from 'file-type';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, notFound } from '../../platform/errors.js';
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

/**
 * Keeps an uploaded file: PDF, JPEG or PNG as its content says, whatever its name (a renamed
 * executable is refused), stored once by its SHA-256. Size and emptiness were checked while reading.
 */
export async function upload(
  db: Db,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  ctx: Pick<ServiceContext, 'requestId'>,
): Promise<DocumentItem> {
  const type = await fileTypeFromBuffer(file.bytes);
  if (!type || !isAllowedUploadMime(type.mime)) {
    throw new ApiError('unsupported_media_type', { messageKey: 'error.unsupported_media_type.upload' });
  }
  const sha256 = sha256Hex(file.bytes);
  return inTransaction(db, async (trx) => {
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

/** The bytes, for their owner, or for bureau staff when the document belongs to a case. */
export async function content(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ row: repo.DocumentRow; bytes: Buffer }> {
  if (!isUuid(id)) throw notFound();
  const row = await repo.findDocument(db, id);
  if (!row) throw notFound();
  const mayRead =
    row.owner_user_id === actor.userId || (actor.kind === 'bureau' && (await repo.isCaseDocument(db, id)));
  if (!mayRead) throw notFound();
  return { row, bytes: await readBytes(db, row.sha256) };
}
