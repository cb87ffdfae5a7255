import { randomUUID } from 'node:crypto';
import { caseNumber } from '@talent/domain';
import { sql } from 'kysely';
import { type Db, inTransaction } from '../platform/db.js';
import { fakeCase, timestamp, versions, type World } from './generatedCase.js';

// One batch: column arrays for app_user and settlement_application, inserted with unnest().

export type Batch = {
  users: Record<'id' | 'login' | 'name' | 'enc' | 'hmac' | 'created', string[]>;
  apps: Record<
    | 'applicant'
    | 'hmac'
    | 'year'
    | 'route'
    | 'state'
    | 'settleAt'
    | 'county'
    | 'address'
    | 'employer'
    | 'station'
    | 'education'
    | 'tier'
    | 'green'
    | 'collective'
    | 'submitted'
    | 'due'
    | 'decided'
    | 'reason'
    | 'registeredAt'
    | 'registrationDate'
    | 'household'
    | 'closes'
    | 'version'
    | 'created',
    (string | null)[]
  >;
};

export function emptyBatch(): Batch {
  const col = () => [] as (string | null)[];
  return {
    users: { id: [], login: [], name: [], enc: [], hmac: [], created: [] },
    apps: {
      applicant: col(),
      hmac: col(),
      year: col(),
      route: col(),
      state: col(),
      settleAt: col(),
      county: col(),
      address: col(),
      employer: col(),
      station: col(),
      education: col(),
      tier: col(),
      green: col(),
      collective: col(),
      submitted: col(),
      due: col(),
      decided: col(),
      reason: col(),
      registeredAt: col(),
      registrationDate: col(),
      household: col(),
      closes: col(),
      version: col(),
      created: col(),
    },
  };
}

export function buildBatch(world: World, from: number, count: number): Batch {
  const batch = emptyBatch();
  for (let n = from; n < from + count; n++) {
    const c = fakeCase(world, n);
    const id = randomUUID();
    const created = timestamp(c.createdOn, n);
    batch.users.id.push(id);
    batch.users.login.push(`166${String(n).padStart(8, '0')}`);
    batch.users.name.push(c.name);
    batch.users.enc.push(world.pii.encrypt(c.residentId));
    const hmac = world.pii.blindIndex(c.residentId);
    batch.users.hmac.push(hmac);
    batch.users.created.push(created);
    const a = batch.apps;
    a.applicant.push(id);
    a.hmac.push(hmac);
    a.year.push((c.submittedOn ?? c.createdOn).slice(0, 4));
    a.route.push(c.route);
    a.state.push(c.state);
    a.settleAt.push(c.settleAt);
    a.county.push(c.countyCode);
    a.address.push(c.address);
    a.employer.push(c.employerId);
    a.station.push(c.stationId);
    a.education.push(c.education ? JSON.stringify(c.education) : null);
    a.tier.push(c.tier);
    a.green.push(c.green ? 't' : 'f');
    a.collective.push(c.collective);
    a.submitted.push(c.submittedOn ? timestamp(c.submittedOn, n + 1) : null);
    a.due.push(c.dueOn);
    a.decided.push(c.decidedOn ? timestamp(c.decidedOn, n + 2) : null);
    a.reason.push(c.reason);
    a.registeredAt.push(c.registrationDate ? timestamp(c.registrationDate, n + 3) : null);
    a.registrationDate.push(c.registrationDate);
    a.household.push(c.registrationDate ? String(100_000_000_000 + ((n * 7_919) % 900_000_000_000)) : null);
    a.closes.push(c.closesOn);
    a.version.push(String(versions[c.state]));
    a.created.push(created);
  }
  return batch;
}

export async function insertBatch(db: Db, b: Batch, passwordHash: string): Promise<void> {
  const u = b.users;
  const a = b.apps;
  await inTransaction(db, async (trx) => {
    // Generated data: a crash losing the last batches only means running the generator again.
    await sql`set local synchronous_commit = off`.execute(trx);
    const { rows: values } = await sql<{ n: string }>`
      select nextval('settlement_number_seq')::text as n from generate_series(1, ${a.year.length}::int)`.execute(
      trx,
    );
    const numbers = a.year.map((year, i) => caseNumber('QYLH', year ?? '', values[i]?.n ?? ''));
    await sql`
      insert into app_user (id, kind, login, name, password_hash, resident_id_enc, resident_id_hmac, created_at)
      select t.id, 'applicant', t.login, t.name, ${passwordHash}, t.enc, t.hmac, t.created
      from unnest(${u.id}::uuid[], ${u.login}::text[], ${u.name}::text[], ${u.enc}::text[], ${u.hmac}::text[],
                  ${u.created}::timestamptz[]) as t(id, login, name, enc, hmac, created)`.execute(trx);
    await sql`
      insert into settlement_application (number, applicant_user_id, resident_id_hmac, route, state, settle_at,
        county_code, address, employer_id, police_station_id, education, tier, green_channel, collective_status,
        submitted_at, due_on, decided_at, decision_reason, registered_at, registration_date, household_number,
        employment_report_closes_on, version, created_at, updated_at)
      select t.number,
        t.applicant, t.hmac, t.route, t.state, t.settle_at, t.county, t.address, t.employer, t.station,
        t.education, t.tier, t.green, t.collective, t.submitted, t.due, t.decided, t.reason, t.registered_at,
        t.registration_date, t.household, t.closes, t.version, t.created,
        coalesce(t.registered_at, t.decided, t.submitted, t.created)
      from unnest(${a.applicant}::uuid[], ${a.hmac}::text[], ${numbers}::text[], ${a.route}::text[],
        ${a.state}::text[], ${a.settleAt}::text[], ${a.county}::text[], ${a.address}::text[],
        ${a.employer}::uuid[], ${a.station}::uuid[], ${a.education}::jsonb[], ${a.tier}::text[],
        ${a.green}::boolean[], ${a.collective}::text[], ${a.submitted}::timestamptz[], ${a.due}::date[],
        ${a.decided}::timestamptz[], ${a.reason}::text[], ${a.registeredAt}::timestamptz[],
        ${a.registrationDate}::date[], ${a.household}::text[], ${a.closes}::date[], ${a.version}::int[],
        ${a.created}::timestamptz[])
        as t(applicant, hmac, number, route, state, settle_at, county, address, employer, station, education, tier,
             green, collective, submitted, due, decided, reason, registered_at, registration_date, household,
             closes, version, created)`.execute(trx);
  });
}
