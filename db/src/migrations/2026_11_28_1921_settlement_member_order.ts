import type { Kysely } from 'kysely';

// Frozen once landed: a later change is a new migration.
// Family members keep the order the applicant gave them: criteria and error details name a member by
// its index (the green channel's "member 2 has no proof"), so the stored order must be the form's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('settlement_member')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('settlement_member').dropColumn('position').execute();
}
