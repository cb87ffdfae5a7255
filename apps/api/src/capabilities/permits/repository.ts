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
    .executeTakeFirst();
}

export function findByCode(db: Db, code: string) {
  return db
    .selectFrom('move_in_permit')
    .select(['number', 'masked_name', 'issued_at'])
    .where('verification_code', '=', code)
    .executeTakeFirst();
}
