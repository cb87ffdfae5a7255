import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration.
// The application runs as `talent_app`, not as the owner that runs these migrations
// (docs/decisions/0010-audit-trail.md): it reads and writes the application's tables, only reads
// and appends to the audit trail, and never touches the migrator's bookkeeping. Tables added by later
// migrations (run by the same owner) are granted to it by the default privileges.
// The role belongs to the cluster, not to this database: down revokes, it does not drop the role
// another database on the same server may still use.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$ begin
      if not exists (select from pg_roles where rolname = 'talent_app') then
        create role talent_app nologin;
      end if;
    exception when duplicate_object or unique_violation then null; -- created by a concurrent migrator
    end $$`.execute(db);
  await sql`grant usage on schema public to talent_app`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema public to talent_app`.execute(db);
  await sql`grant usage, select on all sequences in schema public to talent_app`.execute(db);
  await sql`alter default privileges in schema public
    grant select, insert, update, delete on tables to talent_app`.execute(db);
  await sql`alter default privileges in schema public grant usage, select on sequences to talent_app`.execute(
    db,
  );
  await sql`revoke all on kysely_migration, kysely_migration_lock from talent_app`.execute(db);
  await sql`revoke update, delete on audit_log from talent_app`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter default privileges in schema public revoke usage, select on sequences from talent_app`.execute(
    db,
  );
  await sql`alter default privileges in schema public
    revoke select, insert, update, delete on tables from talent_app`.execute(db);
  await sql`revoke all on all sequences in schema public from talent_app`.execute(db);
  await sql`revoke all on all tables in schema public from talent_app`.execute(db);
  await sql`revoke usage on schema public from talent_app`.execute(db);
}
