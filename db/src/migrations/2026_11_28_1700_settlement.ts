import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// The value lists in the checks mirror @talent/domain (settlementStates, settlementPlaces, tiers);
// a new value there needs a new migration here.
const states = `'draft','submitted','under_review','returned','approved','rejected','registered','withdrawn','employment_reported','employment_confirmed','employment_window_missed'`;
const places = `'own_residence','relative_residence','employer_collective','talent_centre_collective','police_station_collective','community_collective'`;
const tiers = `'doctorate','master','bachelor','junior_college','special_skills'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('employer')
    .addColumn('org_type', 'text', (c) =>
      c.check(
        sql`org_type in ('enterprise','public_institution','government','social_organisation','other')`,
      ),
    )
    .addColumn('county_code', 'text')
    .addColumn('address', 'text')
    .addColumn('licence_document_id', 'uuid')
    .addColumn('keeps_collective_household', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('collective_capacity', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`collective_capacity >= 0`),
    )
    .execute();

  // Uploaded files; the bytes live in the file store under their SHA-256.
  await db.schema
    .createTable('document')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) =>
      c.notNull().check(sql`mime in ('application/pdf','image/jpeg','image/png')`),
    )
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes > 0`))
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('document_owner_idx').on('document').column('owner_user_id').execute();

  await db.schema
    .createTable('applicant_profile')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('app_user.id'))
    .addColumn('registered_place', 'text')
    .addColumn('school', 'text')
    .addColumn('tier', 'text', (c) => c.check(sql.raw(`tier in (${tiers})`)))
    .addColumn('major', 'text')
    .addColumn('graduation_date', 'date')
    .addColumn('certificate_no', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('police_station')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('police_station_county_name_key', ['county_code', 'name'])
    .execute();

  await sql`create sequence settlement_number_seq`.execute(db);
  await db.schema
    .createTable('settlement_application')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('applicant_user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    // blind index of the applicant's resident ID: one open application per person
    .addColumn('resident_id_hmac', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql.raw(`state in (${states})`)))
    .addColumn('settle_at', 'text', (c) => c.notNull().check(sql.raw(`settle_at in (${places})`)))
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('employer_id', 'uuid', (c) => c.references('employer.id'))
    .addColumn('police_station_id', 'uuid', (c) => c.references('police_station.id'))
    .addColumn('relative', 'jsonb')
    .addColumn('education', 'jsonb')
    .addColumn('tier', 'text', (c) => c.check(sql.raw(`tier in (${tiers})`)))
    .addColumn('green_channel', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('eligibility', 'jsonb')
    .addColumn('collective_status', 'text', (c) =>
      c.check(sql`collective_status in ('pending','accepted','declined')`),
    )
    .addColumn('collective_reason', 'text')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('due_on', 'date')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'uuid')
    .addColumn('decision_reason', 'text')
    .addColumn('registered_at', 'timestamptz')
    .addColumn('registration_date', 'date')
    .addColumn('household_number', 'text')
    .addColumn('employment_report_closes_on', 'date')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index settlement_one_open_per_person on settlement_application (resident_id_hmac)
    where state not in ('rejected','withdrawn')`.execute(db);
  // The review queue: filter county + state, green channel first, then by deadline.
  await sql`create index settlement_queue_idx on settlement_application
    (county_code, state, green_channel desc, due_on, id)`.execute(db);
  await sql`create index settlement_queue_state_idx on settlement_application
    (state, green_channel desc, due_on, id)`.execute(db);
  await db.schema
    .createIndex('settlement_applicant_idx')
    .on('settlement_application')
    .column('applicant_user_id')
    .execute();
  await db.schema
    .createIndex('settlement_employer_idx')
    .on('settlement_application')
    .columns(['employer_id', 'collective_status'])
    .execute();

  // Family members settling along with the applicant (二(一)5).
  await db.schema
    .createTable('settlement_member')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('settlement_application.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull().check(sql`relation in ('spouse','child','parent')`))
    .addColumn('resident_id_enc', 'text', (c) => c.notNull())
    .addColumn('resident_id_hmac', 'text', (c) => c.notNull())
    .addColumn('document_id', 'uuid', (c) => c.references('document.id'))
    .execute();
  await db.schema
    .createIndex('settlement_member_application_idx')
    .on('settlement_member')
    .column('application_id')
    .execute();

  await db.schema
    .createTable('settlement_document')
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('settlement_application.id'))
    .addColumn('document_id', 'uuid', (c) => c.notNull().references('document.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('settlement_document_pk', ['application_id', 'kind', 'document_id'])
    .execute();

  // 准予迁入证明: issued by the registrar's act; verifiable publicly by its code.
  await db.schema
    .createTable('move_in_permit')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('application_id', 'uuid', (c) => c.notNull().unique().references('settlement_application.id'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('verification_code', 'text', (c) => c.notNull().unique())
    .addColumn('masked_name', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('employment_report')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('settlement_application.id'))
    .addColumn('applicant_user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('employer_id', 'uuid', (c) => c.notNull().references('employer.id'))
    .addColumn('contract_start', 'date', (c) => c.notNull())
    .addColumn('contract_months', 'integer', (c) => c.notNull().check(sql`contract_months > 0`))
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('reported','confirmed','declined')`))
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'uuid')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('employment_report_employer_idx')
    .on('employment_report')
    .columns(['employer_id', 'status'])
    .execute();
  await db.schema
    .createIndex('employment_report_application_idx')
    .on('employment_report')
    .column('application_id')
    .execute();

  // In-app notifications, and the SMS outbox a gateway drains.
  await db.schema
    .createTable('notification')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('entity', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('read_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('notification_user_idx')
    .on('notification')
    .columns(['user_id', 'id'])
    .execute();
  await db.schema
    .createTable('sms_outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending','sent','failed')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await sql`create index sms_outbox_pending_idx on sms_outbox (id) where status = 'pending'`.execute(db);

  // Reminders before the employment-report window closes; each sent once.
  await db.schema
    .createTable('reminder')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('settlement_application.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addUniqueConstraint('reminder_application_kind_key', ['application_id', 'kind'])
    .execute();
  await sql`create index reminder_due_idx on reminder (due_on) where sent_at is null`.execute(db);

  // Holidays and declared working weekend days (调休): the bureau keeps them each year.
  await db.schema
    .createTable('calendar_day')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday','workday')`))
    .addColumn('name', 'text')
    .execute();

  // Policy versions as data: the bureau changes parameters with an effective date, no deploy.
  await db.schema
    .createTable('policy_version')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('effective_from', 'date', (c) => c.notNull().unique())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'policy_version',
    'calendar_day',
    'reminder',
    'sms_outbox',
    'notification',
    'employment_report',
    'move_in_permit',
    'settlement_document',
    'settlement_member',
    'settlement_application',
    'police_station',
    'applicant_profile',
    'document',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop sequence settlement_number_seq`.execute(db);
  await db.schema
    .alterTable('employer')
    .dropColumn('org_type')
    .dropColumn('county_code')
    .dropColumn('address')
    .dropColumn('licence_document_id')
    .dropColumn('keeps_collective_household')
    .dropColumn('collective_capacity')
    .execute();
}
