import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// Four eyes means two natural persons (decision 0008): a staff account carries its person's resident
// ID (encrypted, with the same blind index as app_user.resident_id_hmac), unique among active staff
// only, so that a disabled account's person may be given a new one. Existing staff get theirs from an
// admin (the migration holds no key); until then each such account counts as its own person.
// Elevated roles (admin, approver, finance) take effect only once a second admin confirms the grant.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('app_user')
    .addColumn('person_id_enc', 'text')
    .addColumn('person_id_hmac', 'text')
    .execute();
  await sql`alter table app_user add constraint app_user_person_staff_only
    check (kind = 'bureau' or person_id_hmac is null)`.execute(db);
  await sql`create unique index app_user_active_staff_person on app_user (person_id_hmac)
    where kind = 'bureau' and disabled_at is null`.execute(db);

  // The database refuses a batch approved by its preparer's person, whichever account they used.
  await sql`create function app_person_of(uid uuid) returns text language sql stable as
    $$ select coalesce(person_id_hmac, id::text) from app_user where id = uid $$`.execute(db);
  await sql`create function disbursement_batch_four_eyes_person() returns trigger language plpgsql as $$
    begin
      if new.approved_by is not null and app_person_of(new.approved_by) = app_person_of(new.prepared_by) then
        raise exception 'four eyes: the approver is the preparer''s person'
          using errcode = '23514', constraint = 'disbursement_batch_four_eyes_person';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger disbursement_batch_four_eyes_person
    before insert or update of approved_by on disbursement_batch
    for each row execute function disbursement_batch_four_eyes_person()`.execute(db);

  await db.schema
    .createTable('staff_role_grant')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin','approver','finance')`))
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`state in ('pending','confirmed','refused','cancelled')`),
    )
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('decided_at', 'timestamptz')
    .execute();
  await sql`create unique index staff_role_grant_one_pending on staff_role_grant (user_id, role)
    where state = 'pending'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staff_role_grant').execute();
  await sql`drop trigger disbursement_batch_four_eyes_person on disbursement_batch`.execute(db);
  await sql`drop function disbursement_batch_four_eyes_person()`.execute(db);
  await sql`drop function app_person_of(uuid)`.execute(db);
  await sql`drop index app_user_active_staff_person`.execute(db);
  await sql`alter table app_user drop constraint app_user_person_staff_only`.execute(db);
  await db.schema.alterTable('app_user').dropColumn('person_id_enc').dropColumn('person_id_hmac').execute();
}
