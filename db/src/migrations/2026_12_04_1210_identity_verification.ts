import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// An applicant's identity is verified (decision 0008) by the card registry (name + resident ID of a
// valid card) or by a reviewer who checked the ID-card scan; changing the name or ID clears it. A
// claim of an ID already on another account is recorded as an identity dispute for the bureau.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('app_user')
    .addColumn('identity_verified_at', 'timestamptz')
    .addColumn('identity_verified_by', 'uuid')
    .addColumn('identity_verification_method', 'text', (c) =>
      c.check(sql`identity_verification_method in ('card_registry','bureau_document_check')`),
    )
    .execute();
  await sql`alter table app_user add constraint app_user_identity_verified_whole
    check ((identity_verified_at is null) = (identity_verification_method is null))`.execute(db);

  await db.schema
    .createTable('identity_dispute')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // the account that typed in the ID
    .addColumn('claimant_user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    // the account the ID is on when the dispute was raised, if any
    .addColumn('holder_user_id', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('resident_id_hmac', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open').check(sql`state in ('open','resolved')`))
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('resolved_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('resolution', 'text')
    .execute();
  await sql`create index identity_dispute_open_idx on identity_dispute (created_at) where state = 'open'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('identity_dispute').execute();
  await sql`alter table app_user drop constraint app_user_identity_verified_whole`.execute(db);
  await db.schema
    .alterTable('app_user')
    .dropColumn('identity_verified_at')
    .dropColumn('identity_verified_by')
    .dropColumn('identity_verification_method')
    .execute();
}
