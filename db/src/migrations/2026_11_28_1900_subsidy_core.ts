import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// Degree-tiered incentives (二(四)5): the claim, the award it becomes, and the award's payments.
// Public notice, disbursement batches and aftercare (contributions, departures, clawback) add their
// own tables in later migrations. Value lists mirror @talent/domain (tiers, machines).
const tiers = `'doctorate','master','bachelor','junior_college','special_skills'`;
const claimStates = `'draft','submitted','under_review','returned','recommended','approved','in_public_notice','awarded','rejected','withdrawn'`;
const awardStates = `'pending','active','completed','stopped','clawback_due','closed','cancelled'`;
const lineStates = `'scheduled','in_batch','paid','failed','cancelled'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence subsidy_claim_number_seq`.execute(db);
  await db.schema
    .createTable('subsidy_claim')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('applicant_user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    // blind index of the claimant's resident ID: the first claim per tier only
    .addColumn('resident_id_hmac', 'text', (c) => c.notNull())
    .addColumn('settlement_application_id', 'uuid', (c) =>
      c.notNull().references('settlement_application.id'),
    )
    .addColumn('employer_id', 'uuid', (c) => c.references('employer.id'))
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull().check(sql.raw(`tier in (${tiers})`)))
    .addColumn('state', 'text', (c) => c.notNull().check(sql.raw(`state in (${claimStates})`)))
    // The payee's social-security-card account (社保卡): only ever this person's own account.
    .addColumn('bank_name', 'text', (c) => c.notNull())
    .addColumn('bank_account_enc', 'text', (c) => c.notNull())
    .addColumn('bank_account_masked', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    // The policy version in force on the claim date decides the award, and the award keeps it.
    .addColumn('claim_date', 'date')
    .addColumn('policy_version_id', 'text')
    .addColumn('eligibility', 'jsonb')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('due_on', 'date')
    // 初审 (reviewer) and 复审 (approver): never the same person.
    .addColumn('recommended_by', 'uuid')
    .addColumn('recommended_at', 'timestamptz')
    .addColumn('approved_by', 'uuid')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('decision_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index subsidy_claim_first_per_tier on subsidy_claim (resident_id_hmac, tier)
    where state not in ('rejected','withdrawn')`.execute(db);
  await sql`create unique index subsidy_claim_idempotency_key on subsidy_claim (applicant_user_id, idempotency_key)
    where idempotency_key is not null`.execute(db);
  await sql`create index subsidy_claim_queue_idx on subsidy_claim (state, due_on, id)`.execute(db);
  await db.schema
    .createIndex('subsidy_claim_applicant_idx')
    .on('subsidy_claim')
    .column('applicant_user_id')
    .execute();

  await db.schema
    .createTable('award')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('claim_id', 'uuid', (c) => c.notNull().unique().references('subsidy_claim.id'))
    .addColumn('applicant_user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('employer_id', 'uuid', (c) => c.references('employer.id'))
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull().check(sql.raw(`tier in (${tiers})`)))
    .addColumn('policy_version_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql.raw(`state in (${awardStates})`)))
    .addColumn('start_date', 'date')
    .addColumn('service_ends_on', 'date')
    .addColumn('total_fen', 'bigint', (c) => c.notNull().check(sql`total_fen >= 0`))
    .addColumn('settling_in_fen', 'bigint', (c) => c.notNull().check(sql`settling_in_fen >= 0`))
    .addColumn('living_allowance_fen', 'bigint', (c) => c.notNull().check(sql`living_allowance_fen >= 0`))
    // The calculator's result (lines, explanation) as approved: shown, never recomputed.
    .addColumn('calculation', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('award_applicant_idx').on('award').column('applicant_user_id').execute();
  await db.schema.createIndex('award_employer_idx').on('award').columns(['employer_id', 'state']).execute();

  // One instalment of an award ("Paying money"); scheduled when the public notice ends.
  await db.schema
    .createTable('payment_line')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('award_id', 'uuid', (c) => c.notNull().references('award.id'))
    .addColumn('applicant_user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    // The calculator's stable line id ('settling_in-1', 'living_allowance-12').
    .addColumn('line_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('settling_in','living_allowance')`))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('of_count', 'integer', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql.raw(`state in (${lineStates})`)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('payment_line_award_line_key', ['award_id', 'line_key'])
    .execute();
  // A batch takes the lines due as of a date.
  await sql`create index payment_line_due_idx on payment_line (due_date, id) where state = 'scheduled'`.execute(
    db,
  );
  await db.schema
    .createIndex('payment_line_applicant_idx')
    .on('payment_line')
    .column('applicant_user_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('payment_line').execute();
  await db.schema.dropTable('award').execute();
  await db.schema.dropTable('subsidy_claim').execute();
  await sql`drop sequence subsidy_claim_number_seq`.execute(db);
}
