import { type IsoDate, todayInChina } from '@talent/domain';
import { makeUscc } from '@talent/domain/fakes';
import { sql } from 'kysely';
import { loadCalendar } from '../capabilities/calendar/service.js';
import type { Db } from '../platform/db.js';
import { hashPassword } from '../platform/password.js';
import type { Pii } from '../platform/pii.js';
import { DEMO_PASSWORD } from './demo.js';
import { buildBatch, insertBatch } from './generatedBatch.js';
import {
  address,
  companyKinds,
  counties,
  datesFrom,
  personName,
  pick,
  type World,
  words,
} from './generatedCase.js';

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

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
