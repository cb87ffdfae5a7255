import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// Uploaded documents' bytes in the database, once per content (docs/decisions/0011): every API process
// reads them, and the backup holds them with the rows that point at them. Files of the former disk
// store are copied in at start (capabilities/documents/store.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table document_blob (
    sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes bytea not null,
    size_bytes integer not null check (size_bytes = octet_length(bytes)),
    created_at timestamptz not null default now()
  )`.execute(db);
  // Already compressed (PDF, JPEG, PNG): TOAST compression would spend CPU for nothing.
  await sql`alter table document_blob alter column bytes set storage external`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table document_blob`.execute(db);
}
