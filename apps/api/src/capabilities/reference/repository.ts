import type { Db } from '../../platform/db.js';
import { escapeLike } from '../staff/repository.js';

// Every SQL statement of the reference capability.

export function policeStations(db: Db, countyCode: string | undefined) {
  let q = db.selectFrom('police_station').select(['id', 'name', 'county_code']);
  if (countyCode) q = q.where('county_code', '=', countyCode);
  return q.orderBy('county_code').orderBy('name').execute();
}

/**
 * Verified employers keeping a collective household with places left: capacity minus the graduates
 * accepted or awaiting an answer in open cases.
 */
export function collectiveEmployers(db: Db, countyCode: string | undefined) {
  let q = db
    .selectFrom('employer as e')
    .select((eb) => [
      'e.id',
      'e.name',
      'e.county_code',
      eb(
        'e.collective_capacity',
        '-',
        eb
          .selectFrom('settlement_application as a')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('a.employer_id', '=', 'e.id')
          .where('a.settle_at', '=', 'employer_collective')
          .where('a.collective_status', 'in', ['pending', 'accepted'])
          .where('a.state', 'not in', ['rejected', 'withdrawn']),
      ).as('places_left'),
    ])
    .where('e.status', '=', 'verified')
    .where('e.keeps_collective_household', '=', true)
    .where('e.county_code', 'is not', null);
  if (countyCode) q = q.where('e.county_code', '=', countyCode);
  return q.orderBy('e.name').execute();
}

/** Verified employers by name, for the graduate naming where they work. */
export function verifiedEmployers(db: Db, q: string | undefined, limit: number) {
  let query = db
    .selectFrom('employer')
    .select(['id', 'name', 'county_code'])
    .where('status', '=', 'verified');
  if (q) query = query.where('name', 'ilike', `%${escapeLike(q)}%`);
  return query.orderBy('name').limit(limit).execute();
}
