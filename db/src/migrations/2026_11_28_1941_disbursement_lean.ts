import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// A roster line's payee is its instalment's (payment_line.applicant_user_id, which has the foreign key
// and the index): the copy on disbursement_line only groups the bank's answers into one notice per
// payee. Its own foreign key and index cost a check and an index entry for each of 100,000 lines when
// a batch is prepared and again when the bank answers (bench:disbursement), and nothing reads by it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table disbursement_line drop constraint disbursement_line_applicant_user_id_fkey`.execute(
    db,
  );
  await sql`drop index disbursement_line_applicant_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index disbursement_line_applicant_idx on disbursement_line (applicant_user_id)`.execute(
    db,
  );
  await sql`alter table disbursement_line add constraint disbursement_line_applicant_user_id_fkey
    foreign key (applicant_user_id) references app_user (id)`.execute(db);
}
