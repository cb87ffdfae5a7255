import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// Public notice (公示, policy.md "Paying money"): approved awards are published with masked names and
// IDs for the policy's number of working days before anything is paid; objections raised meanwhile
// hold the claimant's award until the bureau resolves them.
const tiers = `'doctorate','master','bachelor','junior_college','special_skills'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence public_notice_number_seq`.execute(db);
  await db.schema
    .createTable('public_notice')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('draft','published','closed')`))
    // Where and how the public raises an objection, printed on the public page.
    .addColumn('objection_contact', 'text', (c) => c.notNull())
    // The policy in force on the day of publication decides the period's length.
    .addColumn('policy_version_id', 'text')
    .addColumn('published_on', 'date')
    // The last day objections are heard (publicNoticeEndsOn, in working days).
    .addColumn('ends_on', 'date')
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('published_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('published_at', 'timestamptz')
    // null with closed_at set: the scheduler closed it when the period ended.
    .addColumn('closed_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'public_notice_dates',
      sql`state = 'draft' or (published_on is not null and ends_on is not null and ends_on > published_on)`,
    )
    .execute();
  // The scheduler's work list: published notices by the day their period ends.
  await sql`create index public_notice_due_idx on public_notice (ends_on) where state = 'published'`.execute(
    db,
  );

  // One claimant on a notice, as the public sees them: frozen when the notice is drawn up.
  await db.schema
    .createTable('public_notice_entry')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('notice_id', 'uuid', (c) => c.notNull().references('public_notice.id'))
    .addColumn('claim_id', 'uuid', (c) => c.notNull().references('subsidy_claim.id'))
    .addColumn('masked_name', 'text', (c) => c.notNull())
    .addColumn('masked_resident_id', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull().check(sql.raw(`tier in (${tiers})`)))
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull().check(sql`amount_fen >= 0`))
    // null while the entry is undecided (in the period, or held by an objection); then the award
    // became active ('awarded') or an upheld objection sent the claim back to review ('returned').
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('awarded','returned')`))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('public_notice_entry_notice_claim', ['notice_id', 'claim_id'])
    .execute();
  // A claim stands on one undecided notice at a time; after an upheld objection and a new approval it
  // may be published again.
  await sql`create unique index public_notice_entry_open_claim on public_notice_entry (claim_id)
    where outcome is null`.execute(db);

  await db.schema
    .createTable('notice_objection')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('notice_id', 'uuid', (c) => c.notNull().references('public_notice.id'))
    .addColumn('claim_id', 'uuid', (c) => c.notNull().references('subsidy_claim.id'))
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql`source in ('phone','letter','visit','online','other')`),
    )
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('open','dismissed','upheld')`))
    .addColumn('resolution_reason', 'text')
    .addColumn('resolved_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'notice_objection_resolution',
      sql`(state = 'open') = (resolved_at is null) and (state = 'open' or resolution_reason is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('notice_objection_notice_idx')
    .on('notice_objection')
    .column('notice_id')
    .execute();
  // What holds an award: an open objection against its claim.
  await sql`create index notice_objection_open_idx on notice_objection (claim_id) where state = 'open'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notice_objection').execute();
  await db.schema.dropTable('public_notice_entry').execute();
  await db.schema.dropTable('public_notice').execute();
  await sql`drop sequence public_notice_number_seq`.execute(db);
}
