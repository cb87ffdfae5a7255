import type { Kysely } from 'kysely';

// Frozen once landed: a later change is a new migration.
// An electronic inter-provincial transfer replaces the paper household migration certificate
// (户口迁移证, policy.md § settlement routes): the application records that the graduate chose it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('settlement_application')
    .addColumn('electronic_transfer', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('settlement_application').dropColumn('electronic_transfer').execute();
}
