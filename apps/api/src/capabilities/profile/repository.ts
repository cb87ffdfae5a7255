import type { Db } from '../../platform/db.js';

// Every SQL statement of the profile capability.

export function findProfile(db: Db, userId: string) {
  return db
    .selectFrom('applicant_profile')
    .select([
      'registered_place',
      'school',
      'tier',
      'major',
      'graduation_date',
      'certificate_no',
      'updated_at',
    ])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function upsertProfile(
  db: Db,
  userId: string,
  values: {
    registered_place: string;
    school: string;
    tier: 'doctorate' | 'master' | 'bachelor' | 'junior_college' | 'special_skills';
    major: string;
    graduation_date: string;
    certificate_no: string;
  },
): Promise<void> {
  await db
    .insertInto('applicant_profile')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
}
