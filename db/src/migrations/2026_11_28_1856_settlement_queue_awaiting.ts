import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// The reviewers' work list: every case awaiting a decision (submitted or under review) across the
// city, in the queue's order — green channel first, then the deadline — without sorting them
// (docs/operations/review-queue.md). The predicate is the one the queue writes for these two states.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index settlement_queue_awaiting_idx on settlement_application
    (green_channel desc, due_on, id) where state in ('submitted', 'under_review')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index settlement_queue_awaiting_idx`.execute(db);
}
