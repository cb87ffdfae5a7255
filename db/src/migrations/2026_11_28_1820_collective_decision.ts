import type { Kysely } from 'kysely';

// Frozen once landed: a later change is a new migration.
// When and by whom the employer answered a graduate's request to join its collective household
// (庆政办发〔2022〕44号 二(二)4): the talent list dates membership from it, the case history names it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('settlement_application')
    .addColumn('collective_decided_at', 'timestamptz')
    .addColumn('collective_decided_by', 'uuid')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('settlement_application')
    .dropColumn('collective_decided_at')
    .dropColumn('collective_decided_by')
    .execute();
}
