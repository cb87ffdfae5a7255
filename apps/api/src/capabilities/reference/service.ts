import type { Db } from '../../platform/db.js';
import * as repo from './repository.js';

export type PoliceStationItem = { id: string; name: string; countyCode: string };
export type EmployerItem = { id: string; name: string; countyCode: string | null };
export type CollectiveEmployerItem = EmployerItem & { placesLeft: number };

export async function policeStations(db: Db, county: string | undefined): Promise<PoliceStationItem[]> {
  const rows = await repo.policeStations(db, county);
  return rows.map((r) => ({ id: r.id, name: r.name, countyCode: r.county_code }));
}

/** Only employers with room: a full household is not offered (二(二)4). */
export async function collectiveEmployers(
  db: Db,
  county: string | undefined,
): Promise<CollectiveEmployerItem[]> {
  const rows = await repo.collectiveEmployers(db, county);
  return rows
    .map((r) => ({ id: r.id, name: r.name, countyCode: r.county_code, placesLeft: Number(r.places_left) }))
    .filter((r) => r.placesLeft > 0);
}

export async function verifiedEmployers(db: Db, q: string | undefined): Promise<EmployerItem[]> {
  const rows = await repo.verifiedEmployers(db, q, 50);
  return rows.map((r) => ({ id: r.id, name: r.name, countyCode: r.county_code }));
}
