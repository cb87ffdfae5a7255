import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// The review queue without a state filter (everything that reached the bureau: submitted_at is set
// on submission and never cleared), for the whole city and for one county, in the queue's order:
// green channel first, then the deadline. Without them that page sorts a million rows
// (docs/operations/review-queue.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index settlement_queue_all_idx on settlement_application
    (green_channel desc, due_on, id) where submitted_at is not null`.execute(db);
  await sql`create index settlement_queue_county_all_idx on settlement_application
    (county_code, green_channel desc, due_on, id) where submitted_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index settlement_queue_county_all_idx`.execute(db);
  await sql`drop index settlement_queue_all_idx`.execute(db);
}
