import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// A settlement application remembers the Idempotency-Key it was created with, so that a retried
// POST /api/settlements returns the first application instead of a second one; move-in permits
// (准予迁入证明) take their serial numbers from their own sequence.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('settlement_application').addColumn('idempotency_key', 'text').execute();
  await sql`create unique index settlement_idempotency_key on settlement_application
    (applicant_user_id, idempotency_key) where idempotency_key is not null`.execute(db);
  await sql`create sequence move_in_permit_number_seq`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop sequence move_in_permit_number_seq`.execute(db);
  await sql`drop index settlement_idempotency_key`.execute(db);
  await db.schema.alterTable('settlement_application').dropColumn('idempotency_key').execute();
}
