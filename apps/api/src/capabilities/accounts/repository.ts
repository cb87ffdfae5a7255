import { type Db, dbNow } from '../../platform/db.js';

// Every SQL statement of the accounts capability.

export type ApplicantRow = {
  id: string;
  name: string;
  login: string;
  resident_id_enc: string | null;
  disabled_at: Date | null;
  created_at: Date;
};

export function findPasswordHash(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['password_hash'])
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function residentIdOwner(db: Db, hmac: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('resident_id_hmac', '=', hmac)
    .executeTakeFirst();
  return row?.id;
}

export async function updateProfile(
  db: Db,
  userId: string,
  values: { name: string; residentIdEnc: string; residentIdHmac: string },
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      name: values.name,
      resident_id_enc: values.residentIdEnc,
      resident_id_hmac: values.residentIdHmac,
    })
    .where('id', '=', userId)
    .execute();
}

export async function updatePassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, password_changed_at: dbNow, must_change_password: false })
    .where('id', '=', userId)
    .execute();
}

export function findResidentIdEnc(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'kind', 'resident_id_enc'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function findApplicant(db: Db, id: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'name', 'login', 'resident_id_enc', 'disabled_at', 'created_at'])
    .where('id', '=', id)
    .where('kind', '=', 'applicant')
    .$castTo<ApplicantRow>() // TODO(db): created_at selects as ColumnType (see dbNow)
    .executeTakeFirst();
}
