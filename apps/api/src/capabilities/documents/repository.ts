import type { DocumentTable } from '@talent/db';
import type { CaseDocumentKind } from '@talent/domain';
import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the documents capability.

const columns = [
  'id',
  'owner_user_id',
  'sha256',
  'mime',
  'size_bytes',
  'original_name',
  'created_at',
] as const;

export type DocumentRow = Selectable<DocumentTable>;

export function insertDocument(db: Db, values: Insertable<DocumentTable>) {
  return db.insertInto('document').values(values).returning(columns).executeTakeFirstOrThrow();
}

export function findDocument(db: Db, id: string) {
  return db.selectFrom('document').select(columns).where('id', '=', id).executeTakeFirst();
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
    .execute();
  const count = await db
    .selectFrom('document')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('owner_user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/**
 * The case the bureau holds the document for: a settlement application (one of its documents or a
 * family member's proof) or an employer under verification (its business licence); null for none.
 */
export async function caseOfDocument(
  db: Db,
  documentId: string,
): Promise<{ kind: CaseDocumentKind; caseId: string } | null> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.fn
        .coalesce(
          eb
            .selectFrom('settlement_document')
            .select('application_id')
            .where('document_id', '=', documentId)
            .limit(1),
          eb
            .selectFrom('settlement_member')
            .select('application_id')
            .where('document_id', '=', documentId)
            .limit(1),
        )
        .as('application_id'),
      eb
        .selectFrom('employer')
        .select('id')
        .where('licence_document_id', '=', documentId)
        .limit(1)
        .as('employer_id'),
    ])
    .executeTakeFirstOrThrow();
  if (row.application_id) return { kind: 'settlement', caseId: row.application_id };
  if (row.employer_id) return { kind: 'employer_licence', caseId: row.employer_id };
  return null;
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
