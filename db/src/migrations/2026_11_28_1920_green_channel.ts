import type { Kysely } from 'kysely';

// Frozen once landed: a later change is a new migration.
// The talent-card green channel (二(一)5): the card number the applicant names, the registry card it
// was checked against at submission, when the system approved it instantly (秒批), and when the
// reviewers were told it passed its one-working-day deadline (told once).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('settlement_application')
    .addColumn('talent_card_number', 'text')
    .addColumn('talent_card_id', 'uuid', (c) => c.references('talent_card.id'))
    .addColumn('instant_approved_at', 'timestamptz')
    .addColumn('overdue_alerted_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('settlement_application')
    .dropColumn('overdue_alerted_at')
    .dropColumn('instant_approved_at')
    .dropColumn('talent_card_id')
    .dropColumn('talent_card_number')
    .execute();
}
