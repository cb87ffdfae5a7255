import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// Issue 10, money that holds under faults: (1) an award stopped by a departure takes its lines out of
// every batch not yet sent to the bank ('withdrawn', with why, the batch's totals recomputed) and flags
// those already with the bank so a returned one is never reissued; (2) "sent to the bank" is its own
// step (who, when), a roster download changes nothing, so its counter goes; (3) a payee's account
// changes through a pending change that a second person verifies (the check constraint says so too).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table disbursement_line drop constraint disbursement_line_result_check`.execute(db);
  await sql`alter table disbursement_line add constraint disbursement_line_result_check
    check (result in ('pending','paid','failed','released','withdrawn'))`.execute(db);
  await sql`alter table disbursement_line
    add column withdrawn_reason text check (withdrawn_reason in ('award_stopped')),
    add column award_stopped_at timestamptz`.execute(db);
  await sql`alter table disbursement_line add constraint disbursement_line_withdrawn_reason
    check ((result = 'withdrawn') = (withdrawn_reason is not null))`.execute(db);
  await sql`alter table disbursement_batch
    add column withdrawn_count integer not null default 0,
    add column withdrawn_fen bigint not null default 0,
    add column sent_by uuid references app_user (id),
    drop column export_count`.execute(db);

  await db.schema
    .createTable('payee_account_change')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('claim_id', 'uuid', (c) => c.notNull().references('subsidy_claim.id'))
    .addColumn('bank_name', 'text', (c) => c.notNull())
    .addColumn('bank_account_enc', 'text', (c) => c.notNull())
    .addColumn('bank_account_masked', 'text', (c) => c.notNull())
    // what the staff member checked the account against (the card, the bank's letter); the applicant's
    // own entry needs none, its verifier checks it
    .addColumn('evidence', 'text')
    .addColumn('entered_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('entered_by_kind', 'text', (c) =>
      c.notNull().check(sql`entered_by_kind in ('applicant','bureau')`),
    )
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pending','verified','rejected')`))
    .addColumn('decided_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('reject_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'payee_account_change_four_eyes',
      sql`state <> 'verified' or decided_by <> entered_by`,
    )
    .addCheckConstraint('payee_account_change_decided', sql`(state = 'pending') = (decided_by is null)`)
    .execute();
  // one change awaiting verification per claim
  await sql`create unique index payee_account_change_pending_once on payee_account_change (claim_id)
    where state = 'pending'`.execute(db);
  await sql`create index payee_account_change_claim_idx on payee_account_change (claim_id, created_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('payee_account_change').execute();
  await sql`alter table disbursement_batch drop column withdrawn_count, drop column withdrawn_fen,
    drop column sent_by, add column export_count integer not null default 0`.execute(db);
  await sql`alter table disbursement_line drop constraint disbursement_line_withdrawn_reason`.execute(db);
  await sql`alter table disbursement_line drop column withdrawn_reason, drop column award_stopped_at`.execute(
    db,
  );
  await sql`alter table disbursement_line drop constraint disbursement_line_result_check`.execute(db);
  await sql`alter table disbursement_line add constraint disbursement_line_result_check
    check (result in ('pending','paid','failed','released'))`.execute(db);
}
