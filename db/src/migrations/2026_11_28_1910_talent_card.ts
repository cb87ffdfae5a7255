import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// 陇原人才服务卡 (the talent service card): the bureau's registry of cards, and the files it was
// imported from. The green channel checks an applicant against this registry by the resident ID's
// blind index (the same HMAC as app_user.resident_id_hmac).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('talent_card_import')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('csv','xlsx')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('validated','committed')`))
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('valid_count', 'integer', (c) => c.notNull())
    // Row by row as validated (the rows themselves, so a commit inserts exactly what was shown).
    .addColumn('report', 'jsonb', (c) => c.notNull())
    .addColumn('committed_mode', 'text', (c) => c.check(sql`committed_mode in ('all','valid_only')`))
    .addColumn('committed_count', 'integer')
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('committed_at', 'timestamptz')
    .addColumn('committed_by', 'uuid')
    .execute();

  await db.schema
    .createTable('talent_card')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // As printed on the card, trimmed.
    .addColumn('card_number', 'text', (c) => c.notNull().unique())
    .addColumn('holder_name', 'text', (c) => c.notNull())
    .addColumn('holder_resident_id_enc', 'text', (c) => c.notNull())
    .addColumn('holder_resident_id_hmac', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'date', (c) => c.notNull())
    .addColumn('expiry_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('valid').check(sql`status in ('valid','revoked')`),
    )
    .addColumn('revoked_reason', 'text')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid')
    // The holder is warned once that the card expires soon.
    .addColumn('expiry_notified_at', 'timestamptz')
    .addColumn('import_id', 'uuid', (c) => c.references('talent_card_import.id'))
    .addColumn('created_by', 'uuid')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('talent_card_dates', sql`expiry_date >= issue_date`)
    .execute();
  await db.schema
    .createIndex('talent_card_holder_idx')
    .on('talent_card')
    .column('holder_resident_id_hmac')
    .execute();
  // The expiry warning job and the "expiring within 60 days" filter read valid cards by expiry.
  await sql`create index talent_card_expiry_idx on talent_card (expiry_date) where status = 'valid'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('talent_card').execute();
  await db.schema.dropTable('talent_card_import').execute();
}
