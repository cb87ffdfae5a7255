import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// Aftercare of an award (二(四)5): the months of social insurance the payment rules need, the
// departure that ends the service commitment early, and the clawback that follows it.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A bureau upload of the social-insurance agency's file: its row-by-row report is kept as sent.
  await db.schema
    .createTable('contribution_import')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('csv','xlsx')`))
    // applied: every row valid and written; rejected: at least one row refused, nothing written
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('applied','rejected')`))
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('applied_count', 'integer', (c) => c.notNull())
    .addColumn('skipped_count', 'integer', (c) => c.notNull())
    .addColumn('error_count', 'integer', (c) => c.notNull())
    .addColumn('report', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // One month of contributions paid for a person (社保缴费月份), confirmed by the employer or imported.
  await db.schema
    .createTable('social_insurance_contribution')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('applicant_user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('employer_id', 'uuid', (c) => c.notNull().references('employer.id'))
    // The first day of the month paid for.
    .addColumn('month', 'date', (c) => c.notNull().check(sql`extract(day from month) = 1`))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('employer','import')`))
    .addColumn('confirmed_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('import_id', 'uuid', (c) => c.references('contribution_import.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('social_insurance_contribution_person_month', ['applicant_user_id', 'month'])
    .execute();
  await db.schema
    .createIndex('social_insurance_contribution_employer_idx')
    .on('social_insurance_contribution')
    .columns(['employer_id', 'month'])
    .execute();

  // Leaving the employer (离职): one per award; within the service commitment it stops the award.
  await db.schema
    .createTable('departure')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('award_id', 'uuid', (c) => c.notNull().unique().references('award.id'))
    .addColumn('employer_id', 'uuid', (c) => c.notNull().references('employer.id'))
    .addColumn('departed_on', 'date', (c) => c.notNull())
    .addColumn('within_commitment', 'boolean', (c) => c.notNull())
    .addColumn('reported_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // The amount to recover (追回), assessed once per award and tracked to recovered or waived.
  await db.schema
    .createTable('clawback')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('award_id', 'uuid', (c) => c.notNull().unique().references('award.id'))
    .addColumn('amount_fen', 'bigint', (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn('unserved_months', 'integer', (c) => c.notNull().check(sql`unserved_months > 0`))
    // calculateClawback's result as assessed: shown, never recomputed.
    .addColumn('calculation', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('due','recovered','waived')`))
    .addColumn('assessed_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('assessed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recovered_on', 'date')
    .addColumn('recorded_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('waived_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('waive_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`alter table clawback add constraint clawback_outcome check (
    (state = 'due' and recovered_on is null and waived_by is null)
    or (state = 'recovered' and recovered_on is not null and recorded_by is not null)
    or (state = 'waived' and waived_by is not null and waive_reason is not null and waived_by <> assessed_by))`.execute(
    db,
  );
  await db.schema
    .createIndex('clawback_state_idx')
    .on('clawback')
    .columns(['state', 'assessed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('clawback').execute();
  await db.schema.dropTable('departure').execute();
  await db.schema.dropTable('social_insurance_contribution').execute();
  await db.schema.dropTable('contribution_import').execute();
}
