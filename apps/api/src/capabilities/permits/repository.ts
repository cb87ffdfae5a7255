import type { Db } from '../../platform/db.js';

// Every SQL statement of the permits capability.

export function findByApplication(db: Db, applicationId: string) {
  return db
    .selectFrom('move_in_permit as p')
    .innerJoin('settlement_application as a', 'a.id', 'p.application_id')
    .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
    .leftJoin('police_station as s', 's.id', 'a.police_station_id')
    .select([
      'p.number',
      'p.verification_code',
      'p.masked_name',
      'p.issued_at',
      'a.number as application_number',
      'a.settle_at',
      'a.county_code',
      'a.address',
      'a.household_number',
      'a.registration_date',
      'u.name',
      'u.resident_id_enc',
      's.name as station_name',
    ])
    .where('p.application_id', '=', applicationId)
    .$castTo<{
      number: string;
      verification_code: string;
      masked_name: string;
      issued_at: Date;
      application_number: string;
      settle_at: string;
      county_code: string;
      address: string | null;
      household_number: string | null;
      registration_date: string | null;
      name: string;
      resident_id_enc: string | null;
      station_name: string | null;
    }>()
    .executeTakeFirst();
}

export function findByCode(db: Db, code: string) {
  return db
    .selectFrom('move_in_permit')
    .select(['number', 'masked_name', 'issued_at'])
    .where('verification_code', '=', code)
    .$castTo<{ number: string; masked_name: string; issued_at: Date }>()
    .executeTakeFirst();
}
