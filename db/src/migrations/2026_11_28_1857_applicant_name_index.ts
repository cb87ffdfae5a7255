import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// The review queue finds applications by the applicant's exact name (a desk officer types 王芳); among
// a million applicants that is a scan of app_user without this index (docs/operations/review-queue.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index app_user_applicant_name_idx on app_user (name) where kind = 'applicant'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index app_user_applicant_name_idx`.execute(db);
}
