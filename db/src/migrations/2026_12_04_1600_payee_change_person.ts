import { type Kysely, sql } from 'kysely';

// A payee's new account is verified by a second natural person, not a second account of the one who
// entered it (docs/decisions/0008, 0012): the database refuses it whatever the code does, as it does
// for a batch's preparer and approver.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function payee_account_change_four_eyes_person() returns trigger language plpgsql as $$
    begin
      if new.decided_by is not null and new.state = 'verified'
        and app_person_of(new.decided_by) = app_person_of(new.entered_by) then
        raise exception 'four eyes: the verifier is the person who entered the account'
          using errcode = '23514', constraint = 'payee_account_change_four_eyes_person';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger payee_account_change_four_eyes_person
    before insert or update of decided_by, state on payee_account_change
    for each row execute function payee_account_change_four_eyes_person()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger payee_account_change_four_eyes_person on payee_account_change`.execute(db);
  await sql`drop function payee_account_change_four_eyes_person()`.execute(db);
}
