import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// Sign-in throttling by (account, address) pair with growing delays instead of a per-account lock a
// stranger could trigger; one-time SMS codes for sign-up and password reset; the SMS outbox may write
// to a mobile that has no account yet; a temporary password an admin set must be changed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sign_in_failure').execute();
  // One row per throttle key (a keyed hash: no login or address is stored). account_key lets an
  // admin clear every pair of one account.
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('account_key', 'text')
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('sign_in_throttle_account_idx')
    .on('sign_in_throttle')
    .column('account_key')
    .where(sql.ref('account_key'), 'is not', null)
    .execute();

  await db.schema
    .createTable('verification_code')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('sign_up','password_reset')`))
    .addColumn('mobile_key', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('verification_code_lookup_idx')
    .on('verification_code')
    .columns(['purpose', 'mobile_key', 'id'])
    .execute();

  await sql`alter table sms_outbox alter column user_id drop not null`.execute(db);
  await sql`alter table sms_outbox add column mobile text`.execute(db);
  await sql`alter table sms_outbox add constraint sms_outbox_recipient_check
    check (user_id is not null or mobile is not null)`.execute(db);

  await sql`alter table app_user add column must_change_password boolean not null default false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table app_user drop column must_change_password`.execute(db);
  await sql`delete from sms_outbox where user_id is null`.execute(db);
  await sql`alter table sms_outbox drop constraint sms_outbox_recipient_check`.execute(db);
  await sql`alter table sms_outbox drop column mobile`.execute(db);
  await sql`alter table sms_outbox alter column user_id set not null`.execute(db);
  await db.schema.dropTable('verification_code').execute();
  await db.schema.dropTable('sign_in_throttle').execute();
  await db.schema
    .createTable('sign_in_failure')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('throttle_key', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('sign_in_failure_key_at_idx')
    .on('sign_in_failure')
    .columns(['throttle_key', 'at'])
    .execute();
}
