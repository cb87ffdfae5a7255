import { randomUUID } from 'node:crypto';
import {
  addDays,
  addMonths,
  caseNumber,
  defaultPolicyVersion,
  type IsoDate,
  qingyangDivisions,
  routeSpecs,
  type SettlementPlace,
  type SettlementRoute,
  type SettlementState,
  serviceDeadline,
  type Tier,
  todayInChina,
  type WorkingDayCalendar,
} from '@talent/domain';
import { makeResidentId, makeUscc } from '@talent/domain/fakes';
import { sql } from 'kysely';
import { loadCalendar } from '../capabilities/calendar/service.js';
import { type Db, inTransaction } from '../platform/db.js';
import { hashPassword } from '../platform/password.js';
import type { Pii } from '../platform/pii.js';
import { DEMO_PASSWORD } from './demo.js';

// pnpm db:generate — a large, realistic, valid data set for the review queue and its benchmark.
// Every generated applicant signs in with a mobile of the 166 block (the marker of the generated set)
// and the demo password, and has exactly one application; a run tops the set up to the asked size.

/** Generated applicants' mobiles: 166 followed by the applicant's sequence number (8 digits). */
const MOBILE_FROM = '16600000000';
const MOBILE_TO = '16699999999';
const EMPLOYERS = 300;

export type GenerateOptions = (
  | {
      /** The size the generated set should reach. */
      applications: number;
    }
  | {
      /** How many to add to the generated set, whatever its size. */
      add: number;
    }
) & {
  pii: Pii;
  batchSize?: number;
  /** Adding this many or more takes the bulk path (default 50,000). */
  bulkFrom?: number;
  today?: IsoDate;
  log?: (line: string) => void;
};

export type GenerateResult = { before: number; added: number; after: number; seconds: number };

/**
 * Tops up (or adds to) the generated set. One generator at a time: the run holds an advisory lock on
 * its own connection, so two runs never number the same applicants, and the second sees the first's work.
 */
export function generateApplications(db: Db, options: GenerateOptions): Promise<GenerateResult> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext(${LOCK}))`.execute(conn);
    try {
      return await generate(conn, options);
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${LOCK}))`.execute(conn);
    }
  });
}

const LOCK = 'qingyang-talent/generate';

async function generate(db: Db, options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const before = await generatedSet(db);
  const target = 'add' in options ? before.count + options.add : options.applications;
  if (before.count >= target) {
    log(
      `the generated set already holds ${fmt(before.count)} applications (≥ ${fmt(target)}): nothing to do`,
    );
    return { before: before.count, added: 0, after: before.count, seconds: 0 };
  }
  const today = options.today ?? todayInChina();
  const world: World = {
    today,
    dates: datesFrom(today, await loadCalendar(db)),
    employers: await ensureEmployers(db),
    stations: await ensureStations(db),
    passwordHash: await hashPassword(DEMO_PASSWORD),
    pii: options.pii,
  };
  const batchSize = options.batchSize ?? 5_000;
  const toAdd = target - before.count;
  log(`generating ${fmt(toAdd)} applications (${fmt(before.count)} exist) in batches of ${fmt(batchSize)}`);
  const load = (into: Db) =>
    loadBatches(into, world, { from: before.next, count: toAdd, batchSize }, (written) => {
      const seconds = (performance.now() - started) / 1000;
      log(
        `  ${fmt(before.count + written).padStart(11)} / ${fmt(target)}  ${fmt(Math.round(written / seconds))} applications/s`,
      );
    });
  if (toAdd < (options.bulkFrom ?? BULK_FROM)) {
    await load(db);
  } else {
    // A bulk load writes the rows first and builds the plain indexes once at the end, which is many
    // times faster than keeping a dozen indexes up to date row by row. All in one transaction: a failure
    // leaves the tables and their indexes as they were. The tables are locked meanwhile.
    await db.transaction().execute(async (trx) => {
      await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
      const deferred = await dropSecondaryIndexes(trx);
      log(`bulk load: ${deferred.length} secondary indexes of the two tables are rebuilt after it`);
      await load(trx);
      for (const index of deferred) {
        const t0 = performance.now();
        await sql.raw(index.definition).execute(trx);
        log(`  index ${index.name} rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
    });
  }
  log('analysing the tables (planner statistics, visibility map)…');
  await sql`vacuum analyze app_user`.execute(db);
  await sql`vacuum analyze settlement_application`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  log(
    `done: ${fmt(toAdd)} applications and applicants in ${seconds.toFixed(1)} s (${fmt(Math.round((2 * toAdd) / seconds))} rows/s)`,
  );
  return { before: before.count, added: toAdd, after: target, seconds };
}

/** Adding at least this many applications takes the bulk path (indexes rebuilt once at the end). */
const BULK_FROM = 50_000;

/** Builds each batch while the database writes the one before. */
async function loadBatches(
  db: Db,
  world: World,
  plan: { from: number; count: number; batchSize: number },
  progress: (written: number) => void,
): Promise<void> {
  let written = 0;
  let pending: Promise<void> = Promise.resolve();
  for (let offset = 0; offset < plan.count; offset += plan.batchSize) {
    const batch = buildBatch(world, plan.from + offset, Math.min(plan.batchSize, plan.count - offset));
    await pending;
    pending = insertBatch(db, batch, world.passwordHash).then(() => {
      written += batch.users.id.length;
      progress(written);
    });
  }
  await pending;
}

/**
 * Drops the plain (non-unique) indexes of the two tables the generator fills and returns their
 * definitions as the catalogue has them, so that they come back exactly as the migrations made them.
 * Primary keys and unique indexes stay: they guard the data while it is written.
 */
async function dropSecondaryIndexes(trx: Db): Promise<{ name: string; definition: string }[]> {
  const { rows } = await sql<{ name: string; definition: string }>`
    select i.relname as name, pg_get_indexdef(i.oid) as definition
    from pg_index x join pg_class i on i.oid = x.indexrelid
    where x.indrelid in ('settlement_application'::regclass, 'app_user'::regclass)
      and not x.indisunique and not x.indisprimary
    order by i.relname`.execute(trx);
  for (const index of rows) await sql`drop index ${sql.id(index.name)}`.execute(trx);
  return rows;
}

/** How many generated applicants (hence applications) exist, and the sequence number of the next one. */
export async function generatedSet(db: Db): Promise<{ count: number; next: number }> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('login').as('last')])
    .where('kind', '=', 'applicant')
    .where('login', '>=', MOBILE_FROM)
    .where('login', '<=', MOBILE_TO)
    .executeTakeFirstOrThrow();
  // A failed run may leave a gap: numbering continues after the highest, never into the gap.
  return { count: Number(row.n), next: row.last ? Number(row.last.slice(3)) + 1 : 0 };
}

type World = {
  today: IsoDate;
  dates: {
    day(daysAgo: number): IsoDate;
    due(submittedDaysAgo: number, green: boolean): IsoDate;
    closes(registeredDaysAgo: number): IsoDate;
  };
  employers: { id: string; countyCode: string }[];
  stations: Map<string, string[]>;
  passwordHash: string;
  pii: Pii;
};

const counties = qingyangDivisions.filter((d) => d.level === 'county');

/** Verified employers with credit codes of the QG block, half of them keeping a collective household. */
async function ensureEmployers(db: Db): Promise<World['employers']> {
  const rows = Array.from({ length: EMPLOYERS }, (_, i) => {
    const county = counties[i % counties.length]!;
    const publicInstitution = i % 10 === 0;
    return {
      uscc: makeUscc({
        entityType: publicInstitution ? '12' : '91',
        regionCode: county.code,
        orgCode: `QG${String(i).padStart(7, '0')}`,
      }),
      name: `${county.nameZh}${pick(words, i)}${publicInstitution ? '服务中心' : pick(companyKinds, i >> 3)}`,
      status: 'verified' as const,
      contact_name: personName(i * 7919),
      contact_mobile: `165${String(i).padStart(8, '0')}`,
      org_type: publicInstitution ? ('public_institution' as const) : ('enterprise' as const),
      county_code: county.code,
      address: address(county.nameZh, i),
      keeps_collective_household: i % 2 === 0,
      collective_capacity: i % 2 === 0 ? 5_000 : 0,
    };
  });
  await db
    .insertInto('employer')
    .values(rows)
    .onConflict((oc) => oc.column('uscc').doNothing())
    .execute();
  const found = await db
    .selectFrom('employer')
    .select(['id', 'county_code'])
    .where(
      'uscc',
      'in',
      rows.map((r) => r.uscc),
    )
    .where('keeps_collective_household', '=', true)
    .orderBy('uscc')
    .execute();
  return found.map((e) => ({ id: e.id, countyCode: e.county_code ?? '621002' }));
}

/** The police stations of each county (the demo seed has them); a county without one gets its 城关派出所. */
async function ensureStations(db: Db): Promise<World['stations']> {
  const stationsByCounty = async () => {
    const rows = await db
      .selectFrom('police_station')
      .select(['id', 'county_code'])
      .orderBy('name')
      .execute();
    const byCounty = new Map<string, string[]>();
    for (const r of rows) byCounty.set(r.county_code, [...(byCounty.get(r.county_code) ?? []), r.id]);
    return byCounty;
  };
  const existing = await stationsByCounty();
  const missing = counties.filter((c) => !existing.has(c.code));
  if (missing.length === 0) return existing;
  await db
    .insertInto('police_station')
    .values(missing.map((c) => ({ county_code: c.code, name: '城关派出所' })))
    .onConflict((oc) => oc.columns(['county_code', 'name']).doNothing())
    .execute();
  return stationsByCounty();
}

// ---------------------------------------------------------------------------------------------------
// One batch: column arrays for app_user and settlement_application, inserted with unnest().

type Batch = {
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

function emptyBatch(): Batch {
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

function buildBatch(world: World, from: number, count: number): Batch {
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

async function insertBatch(db: Db, b: Batch, passwordHash: string): Promise<void> {
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

// ---------------------------------------------------------------------------------------------------
// One fake case, decided by its sequence number alone (the same n gives the same case).

type FakeCase = {
  name: string;
  residentId: string;
  route: SettlementRoute;
  state: SettlementState;
  settleAt: SettlementPlace;
  countyCode: string;
  address: string | null;
  employerId: string | null;
  stationId: string | null;
  education: Record<string, string> | null;
  tier: Tier | null;
  green: boolean;
  collective: 'pending' | 'accepted' | 'declined' | null;
  createdOn: IsoDate;
  submittedOn: IsoDate | null;
  dueOn: IsoDate | null;
  decidedOn: IsoDate | null;
  reason: string | null;
  registrationDate: IsoDate | null;
  closesOn: IsoDate | null;
};

/** Shares per thousand; open cases are a small share, as in a queue that is being worked. */
const stateShares: [SettlementState, number][] = [
  ['draft', 20],
  ['submitted', 40],
  ['under_review', 30],
  ['returned', 10],
  ['approved', 20],
  ['rejected', 60],
  ['withdrawn', 30],
  ['registered', 400],
  ['employment_reported', 40],
  ['employment_confirmed', 330],
  ['employment_window_missed', 20],
];

/** Transitions behind each state, for the optimistic-locking version. */
const versions: Record<SettlementState, number> = {
  draft: 1,
  submitted: 2,
  under_review: 3,
  returned: 4,
  approved: 4,
  rejected: 4,
  withdrawn: 3,
  registered: 5,
  employment_reported: 6,
  employment_confirmed: 7,
  employment_window_missed: 6,
};

// The talent card route is the green channel (二(一)5): about 5% of all cases.
const routeShares: [SettlementRoute, number][] = [
  ['graduate', 550],
  ['talent_card', 50],
  ['introduced_talent', 100],
  ['residence', 100],
  ['employment', 60],
  ['relative', 60],
  ['transferred_staff', 30],
  ['veteran', 20],
  ['intra_city_move', 30],
];

const tierShares: [Tier, number][] = [
  ['bachelor', 500],
  ['junior_college', 300],
  ['master', 150],
  ['doctorate', 30],
  ['special_skills', 20],
];

// 西峰区, the urban district, takes the largest share.
const countyShares: [string, number][] = counties.map((c) => [c.code, c.code === '621002' ? 300 : 88]);

const rejectionReasons = [
  '户口迁移证信息与身份证不一致',
  '毕业证书无法核验',
  '申请人已在其他地区落户',
  '所填住所与房屋证明不符',
];

function fakeCase(world: World, n: number): FakeCase {
  const r = rng(n);
  let state = weighted(stateShares, r());
  let route = weighted(routeShares, r());
  // Employment is reported only by graduates who settled first (二(一)4).
  if (state.startsWith('employment_')) route = 'graduate';
  const green = route === 'talent_card';
  // Dates count back from today in whole days (submission, decision, registration).
  const age = ageInDays(state, r);
  const submittedOn = state === 'draft' ? null : world.dates.day(age);
  const createdOn = world.dates.day(age + Math.floor(r() * 3));
  const places = routeSpecs[route].places ?? ['own_residence'];
  const settleAt = places[Math.floor(r() * places.length)] as SettlementPlace;
  const employer =
    settleAt === 'employer_collective'
      ? world.employers[Math.floor(r() * world.employers.length)]
      : undefined;
  const countyCode = employer?.countyCode ?? weighted(countyShares, r());
  const stations = world.stations.get(countyCode) ?? [];
  const county = counties.find((c) => c.code === countyCode)!;
  const decided = decidedStates.includes(state);
  // Green cases are decided the day they come in or the next (一 working day, 二(一)5); others in 1–4 days.
  const lag = green ? Math.floor(r() * 2) : 1 + Math.floor(r() * 4);
  const decidedAgo = decided ? Math.max(0, age - lag) : null;
  const registeredAgo =
    decidedAgo !== null && registeredStates.includes(state)
      ? Math.max(0, decidedAgo - 1 - Math.floor(r() * 5))
      : null;
  const closesOn = registeredAgo !== null && route === 'graduate' ? world.dates.closes(registeredAgo) : null;
  // A missed window means the months after settlement are over (二(一)4).
  if (state === 'employment_window_missed' && (closesOn === null || closesOn >= world.today)) {
    state = 'registered';
  }
  const tier = ['graduate', 'talent_card', 'introduced_talent'].includes(route)
    ? weighted(tierShares, r())
    : null;
  const birthYear = 1994 + Math.floor(r() * 10);
  return {
    name: personName(n),
    residentId: residentIdOf(n),
    route,
    state,
    settleAt,
    countyCode,
    address:
      settleAt === 'own_residence' || settleAt === 'relative_residence' ? address(county.nameZh, n) : null,
    employerId: employer?.id ?? null,
    stationId: settleAt === 'police_station_collective' ? (stations[n % stations.length] ?? null) : null,
    education: tier
      ? {
          registeredPlace: '甘肃省兰州市城关区',
          school: pick(schools, n),
          tier,
          major: pick(majors, n >> 2),
          graduationDate: `${Math.min(birthYear + 22, Number(world.today.slice(0, 4)))}-06-30`,
          certificateNo: String(10_000_000_000_000 + n),
        }
      : null,
    tier,
    green,
    collective:
      settleAt !== 'employer_collective'
        ? null
        : state === 'rejected' && r() < 0.5
          ? 'declined'
          : decided
            ? 'accepted'
            : r() < 0.5
              ? 'pending'
              : 'accepted',
    createdOn,
    submittedOn,
    dueOn: submittedOn ? world.dates.due(age, green) : null,
    decidedOn: decidedAgo === null ? null : world.dates.day(decidedAgo),
    reason: state === 'rejected' ? pick(rejectionReasons, n) : null,
    registrationDate: registeredAgo === null ? null : world.dates.day(registeredAgo),
    closesOn,
  };
}

const registeredStates: readonly SettlementState[] = [
  'registered',
  'employment_reported',
  'employment_confirmed',
  'employment_window_missed',
];
const decidedStates: readonly SettlementState[] = ['approved', 'rejected', ...registeredStates];

/** Days since submission (or creation, for drafts), plausible for the state. */
function ageInDays(state: SettlementState, r: () => number): number {
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  switch (state) {
    case 'draft':
      return between(0, 30);
    case 'submitted':
    case 'under_review':
      // Most open cases are within their deadline; about one in six is a backlog case past it.
      return r() < 0.85 ? between(0, 6) : between(7, 40);
    case 'returned':
      return between(3, 30);
    case 'approved':
      return between(1, 20);
    case 'employment_window_missed':
      return between(745, 1000);
    case 'employment_confirmed':
      return between(60, 730);
    default:
      return between(10, 730);
  }
}

// ---------------------------------------------------------------------------------------------------
// Small deterministic helpers.

/** mulberry32 seeded by the case number: the same n always gives the same case. */
function rng(seed: number): () => number {
  let a = (seed * 2_654_435_761) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function weighted<T>(shares: readonly [T, number][], x: number): T {
  const total = shares.reduce((sum, [, w]) => sum + w, 0);
  let at = x * total;
  for (const [value, w] of shares) {
    if (at < w) return value;
    at -= w;
  }
  return shares[shares.length - 1]![0];
}

function pick<T>(list: readonly T[], n: number): T {
  return list[Math.abs(n) % list.length]!;
}

/**
 * Date arithmetic of the generator, memoised: a million cases fall on a few hundred distinct days.
 * Deadlines follow the policy's service levels in working days (二(一)5).
 */
function datesFrom(today: IsoDate, calendar: WorkingDayCalendar): World['dates'] {
  const cache = new Map<string, IsoDate>();
  const memo = (key: string, compute: () => IsoDate) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute();
      cache.set(key, value);
    }
    return value;
  };
  const day = (daysAgo: number) => memo(`d${daysAgo}`, () => addDays(today, -daysAgo));
  return {
    day,
    due: (daysAgo, green) =>
      memo(`s${daysAgo}${green}`, () =>
        serviceDeadline(calendar, defaultPolicyVersion, day(daysAgo), green ? 'green' : 'ordinary'),
      ),
    closes: (daysAgo) =>
      memo(`c${daysAgo}`, () =>
        addMonths(day(daysAgo), defaultPolicyVersion.employmentReport.windowMonths.value),
      ),
  };
}

/** An office-hours instant on `date` in China time, varied by n. */
function timestamp(date: IsoDate, n: number): string {
  const minutes = 8 * 60 + 30 + ((n * 37) % (9 * 60));
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;
}

// Birthplaces: Qingyang's counties (current and pre-2002 codes) and cities graduates often come from.
const birthRegions = [
  ...counties.flatMap((c) => [c.code, c.oldCode]),
  '620102', // 兰州市城关区
  '620502', // 天水市秦州区
  '610113', // 西安市雁塔区
  '640104', // 银川市兴庆区
  '410105', // 郑州市金水区
];
const BIRTH_DAYS = 3_650; // born 1994–2003
const birthDates = new Map<number, IsoDate>();
function birthDate(day: number): IsoDate {
  let date = birthDates.get(day);
  if (date === undefined) {
    date = addDays('1994-01-01', day);
    birthDates.set(day, date);
  }
  return date;
}

/**
 * A valid resident ID unique to n: the sequence 500–999 (away from hand-made demo IDs), then the
 * birth date, then the region, so that 500 × 3,650 × 23 ≈ 42 million cases never repeat.
 */
function residentIdOf(n: number): string {
  const seq = 500 + (n % 500);
  const m = Math.floor(n / 500);
  return makeResidentId({
    regionCode: birthRegions[Math.floor(m / BIRTH_DAYS) % birthRegions.length]!,
    birthDate: birthDate(m % BIRTH_DAYS),
    seq,
    sex: seq % 2 === 1 ? 'male' : 'female',
  });
}

const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const given = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉晨宇浩然子轩欣怡梓涵一诺雨桐思远博文嘉怡婷雪琳瑶佳琪俊杰志强建国海燕晓东文博天宇',
];

function personName(n: number): string {
  const r = rng(n + 1_000_003);
  const one = given[Math.floor(r() * given.length)]!;
  const two = r() < 0.7 ? given[Math.floor(r() * given.length)]! : '';
  return `${surnames[Math.floor(r() * surnames.length)]!}${one}${two}`;
}

const streets = ['南大街', '北大街', '长庆大道', '安定西路', '朔州路', '九龙路', '兴隆路', '育才路'];
function address(countyName: string, n: number): string {
  return `甘肃省庆阳市${countyName}${pick(streets, n)}${1 + (n % 300)}号${1 + (n % 6)}单元${101 + (n % 20)}室`;
}

const words = ['陇东', '岐黄', '周祖', '子午', '董志', '北石窟', '马莲河', '长庆'];
const companyKinds = ['科技有限公司', '能源有限公司', '农业发展有限公司', '建设工程有限公司', '商贸有限公司'];
const schools = [
  '兰州大学',
  '西北师范大学',
  '陇东学院',
  '西北民族大学',
  '兰州理工大学',
  '甘肃农业大学',
  '西安交通大学',
];
const majors = [
  '计算机科学与技术',
  '临床医学',
  '石油工程',
  '汉语言文学',
  '会计学',
  '农学',
  '机械设计制造及其自动化',
];

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
