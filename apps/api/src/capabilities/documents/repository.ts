import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the documents capability.

export type DocumentRow = {
  id: string;
  owner_user_id: string;
  sha256: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  original_name: string;
  created_at: Date;
};

const columns = [
  'id',
  'owner_user_id',
  'sha256',
  'mime',
  'size_bytes',
  'original_name',
  'created_at',
] as const;

export function insertDocument(db: Db, values: Omit<DocumentRow, 'id' | 'created_at'>) {
  return db
    .insertInto('document')
    .values(values)
    .returning(columns)
    .$castTo<DocumentRow>()
    .executeTakeFirstOrThrow();
}

export function findDocument(db: Db, id: string) {
  return db
    .selectFrom('document')
    .select(columns)
    .where('id', '=', id)
    .$castTo<DocumentRow>()
    .executeTakeFirst();
}

export async function listOwn(db: Db, userId: string, limit: number, offset: number) {
  const rows = await db
    .selectFrom('document')
    .select(columns)
    .where('owner_user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .$castTo<DocumentRow>()
    .execute();
  const count = await db
    .selectFrom('document')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('owner_user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/**
 * Whether the bureau has a case for the document: attached to a settlement application (as one of
 * its documents or a family member's proof) or an employer's business licence under verification.
 */
export async function isCaseDocument(db: Db, documentId: string): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .or([
          eb.exists(
            eb.selectFrom('settlement_document').select('document_id').where('document_id', '=', documentId),
          ),
          eb.exists(eb.selectFrom('settlement_member').select('id').where('document_id', '=', documentId)),
          eb.exists(eb.selectFrom('employer').select('id').where('licence_document_id', '=', documentId)),
        ])
        .as('attached'),
    ])
    .executeTakeFirstOrThrow();
  return row.attached === true;
}

/**
 * Holds the owner's row until the transaction ends, so that two uploads at once are counted one
 * after the other against the hourly quota.
 */
export async function lockOwner(db: Db, userId: string): Promise<void> {
  await db.selectFrom('app_user').select('id').where('id', '=', userId).forUpdate().execute();
}

/** What the owner uploaded within the last `seconds`: files, bytes, and when the oldest came in. */
export async function uploadedSince(db: Db, userId: string, seconds: number) {
  const row = await db
    .selectFrom('document')
    .select((eb) => [
      eb.fn.countAll<string>().as('files'),
      eb.fn.coalesce(eb.fn.sum<string>('size_bytes'), sql<string>`0`).as('bytes'),
      eb.fn.min('created_at').as('oldest'),
    ])
    .where('owner_user_id', '=', userId)
    .where(sql<boolean>`created_at > now() - make_interval(secs => ${seconds})`)
    .executeTakeFirstOrThrow();
  return {
    files: Number(row.files),
    bytes: Number(row.bytes),
    oldest: row.oldest ? new Date(row.oldest) : null,
  };
}
