import type { AwardTable, Database, SubsidyClaimTable } from '@talent/db';
import { type Actor, caseNumber, type SubsidyClaimState, type Tier } from '@talent/domain';
import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';

// Every SQL statement of the subsidy-claim capability (subsidy_claim, award, and reading payment_line).

const claimColumns = [
  'c.id',
  'c.number',
  'c.applicant_user_id',
  'c.resident_id_hmac',
  'c.settlement_application_id',
  'c.employer_id',
  'c.county_code',
  'c.tier',
  'c.state',
  'c.bank_name',
  'c.bank_account_enc',
  'c.bank_account_masked',
  'c.claim_date',
  'c.policy_version_id',
  'c.eligibility',
  'c.submitted_at',
  'c.due_on',
  'c.recommended_by',
  sql<string | null>`app_person_of(c.recommended_by)`.as('recommended_by_person'),
  'c.recommended_at',
  'c.approved_by',
  'c.approved_at',
  'c.decision_reason',
  'c.version',
  'c.created_at',
  'c.updated_at',
] as const;

/** A claim as the capability reads it; recommended_by_person: 初审 and 复审 are two people (decision 0008). */
export type ClaimRow = NonNullable<Awaited<ReturnType<typeof findForUpdate>>>;

/**
 * The claim if the actor may see it: the applicant their own, every bureau role all of them; anyone
 * else is told it does not exist. `lock` takes the row FOR UPDATE.
 */
export function findVisible(db: Db, actor: Actor, id: string, options: { lock?: boolean } = {}) {
  if (actor.kind !== 'applicant' && actor.kind !== 'bureau') return Promise.resolve(undefined);
  let q = db.selectFrom('subsidy_claim as c').select(claimColumns).where('c.id', '=', id);
  if (actor.kind === 'applicant') q = q.where('c.applicant_user_id', '=', actor.userId);
  if (options.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** For scheduled work and other capabilities acting as the system: no visibility filter. */
export function findForUpdate(db: Db, id: string) {
  return db
    .selectFrom('subsidy_claim as c')
    .select(claimColumns)
    .where('c.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findByIdempotencyKey(db: Db, userId: string, key: string) {
  return db
    .selectFrom('subsidy_claim')
    .select('id')
    .where('applicant_user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export function listOwn(db: Db, userId: string) {
  return db
    .selectFrom('subsidy_claim as c')
    .select(claimColumns)
    .where('c.applicant_user_id', '=', userId)
    .orderBy('c.created_at', 'desc')
    .execute();
}

/** Claims of this person for this tier that still count (the first-claim rule and its unique index). */
export async function openClaimsForTier(
  db: Db,
  residentIdHmac: string,
  tier: Tier,
  exceptClaimId?: string,
): Promise<number> {
  let q = db
    .selectFrom('subsidy_claim')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('resident_id_hmac', '=', residentIdHmac)
    .where('tier', '=', tier)
    .where('state', 'not in', ['rejected', 'withdrawn']);
  if (exceptClaimId) q = q.where('id', '<>', exceptClaimId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function nextClaimNumber(db: Db, year: string): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('subsidy_claim_number_seq')::text as n`.execute(
    db,
  );
  return caseNumber('QYBT', year, rows[0]?.n ?? '');
}

export type NewClaim = Pick<
  Insertable<SubsidyClaimTable>,
  | 'number'
  | 'applicant_user_id'
  | 'resident_id_hmac'
  | 'settlement_application_id'
  | 'employer_id'
  | 'county_code'
  | 'tier'
  | 'bank_name'
  | 'bank_account_enc'
  | 'bank_account_masked'
  | 'idempotency_key'
  | 'claim_date'
  | 'policy_version_id'
>;

export function insertClaim(db: Db, values: NewClaim) {
  return db
    .insertInto('subsidy_claim')
    .values({ ...values, state: 'draft' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Every change bumps the version the next writer must name (optimistic concurrency). */
export async function updateClaim(db: Db, id: string, values: Updateable<SubsidyClaimTable>): Promise<void> {
  await db
    .updateTable('subsidy_claim')
    .set({ ...values, version: (eb) => eb('version', '+', 1), updated_at: dbNow })
    .where('id', '=', id)
    .execute();
}

/** The claimant's settled application: the latest one that reached registration, with its job. */
export function settledApplication(db: Db, userId: string) {
  return db
    .selectFrom('settlement_application as a')
    .leftJoin('employment_report as r', (join) =>
      join.onRef('r.application_id', '=', 'a.id').on('r.status', '=', 'confirmed'),
    )
    .leftJoin('employer as e', 'e.id', 'r.employer_id')
    .select([
      'a.id',
      'a.number',
      'a.route',
      'a.state',
      'a.tier',
      'a.county_code',
      'a.registration_date',
      'r.employer_id as job_employer_id',
      'r.contract_months',
      'r.created_at as reported_at',
      'e.name as employer_name',
      'e.county_code as employer_county_code',
    ])
    .where('a.applicant_user_id', '=', userId)
    .where('a.state', 'in', [
      'registered',
      'employment_reported',
      'employment_confirmed',
      'employment_window_missed',
    ])
    .orderBy('a.registered_at', 'desc')
    .orderBy('r.created_at', 'desc')
    .executeTakeFirst();
}

export function findClaimant(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'name', 'login', 'resident_id_enc', 'resident_id_hmac'])
    .where('id', '=', userId)
    .where('kind', '=', 'applicant')
    .executeTakeFirst();
}

export function findEmployerName(db: Db, id: string) {
  return db.selectFrom('employer').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export function findAward(db: Db, claimId: string, options: { lock?: boolean } = {}) {
  let q = db
    .selectFrom('award')
    .select([
      'id',
      'claim_id',
      'state',
      'policy_version_id',
      'tier',
      'start_date',
      'service_ends_on',
      'total_fen',
      'settling_in_fen',
      'living_allowance_fen',
      'calculation',
      'version',
      'created_at',
    ])
    .where('claim_id', '=', claimId);
  if (options.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export type AwardRow = NonNullable<Awaited<ReturnType<typeof findAward>>>;

export type AwardValues = Pick<
  Insertable<AwardTable>,
  | 'policy_version_id'
  | 'start_date'
  | 'service_ends_on'
  | 'total_fen'
  | 'settling_in_fen'
  | 'living_allowance_fen'
  | 'calculation'
>;

export function insertAward(db: Db, claim: ClaimRow, values: AwardValues): Promise<{ id: string }> {
  return db
    .insertInto('award')
    .values({
      ...values,
      claim_id: claim.id,
      applicant_user_id: claim.applicant_user_id,
      employer_id: claim.employer_id,
      county_code: claim.county_code,
      tier: claim.tier,
      state: 'pending',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateAward(db: Db, id: string, values: Updateable<AwardTable>): Promise<void> {
  await db
    .updateTable('award')
    .set({ ...values, version: (eb) => eb('version', '+', 1), updated_at: dbNow })
    .where('id', '=', id)
    .execute();
}

/**
 * The award's instalments, by due date. The disbursement capability's columns (paid_on,
 * failure_reason, reissued_count) come with `select *`, so this file does not depend on them.
 */
export function paymentLines(db: Db, awardId: string) {
  return db
    .selectFrom('payment_line')
    .selectAll()
    .where('award_id', '=', awardId)
    .orderBy('due_date')
    .orderBy('kind', 'desc')
    .orderBy('sequence')
    .execute();
}

/**
 * The claim's history: every audit row about it (its own events and those of the public notice), but
 * not the reveals of its account, oldest first, with the actor's name.
 */
export function history(db: Db, claimId: string) {
  return db
    .selectFrom('audit_log as l')
    .leftJoin('app_user as u', 'u.id', 'l.actor_id')
    .select(['l.id', 'l.at', 'l.action', 'l.actor_kind', 'l.details', 'u.name as actor_name'])
    .where('l.entity', '=', 'subsidy_claim')
    .where('l.entity_id', '=', claimId)
    .where('l.action', '<>', 'bank_account.reveal')
    .orderBy('l.id')
    .execute();
}

/** What the bureau's queue is narrowed to; the service turns the request into this. */
export type QueueFilter = {
  states?: readonly SubsidyClaimState[] | undefined;
  tier?: Tier | undefined;
  county?: string | undefined;
  /** An exact claim number, or claimants with this exact name. */
  search?: { number: string } | { name: string } | undefined;
};

type QueueEb = ExpressionBuilder<
  Database & { c: Database['subsidy_claim']; u: Database['app_user'] },
  'c' | 'u'
>;

function queueBase(db: Db) {
  return db.selectFrom('subsidy_claim as c').innerJoin('app_user as u', 'u.id', 'c.applicant_user_id');
}

function queueWhere(filter: QueueFilter) {
  return (eb: QueueEb) => {
    // A draft is the claimant's own business until it is submitted.
    const conditions = [eb('c.submitted_at', 'is not', null)];
    if (filter.states) conditions.push(eb('c.state', 'in', [...filter.states]));
    if (filter.tier) conditions.push(eb('c.tier', '=', filter.tier));
    if (filter.county) conditions.push(eb('c.county_code', '=', filter.county));
    const search = filter.search;
    if (search && 'number' in search) conditions.push(eb('c.number', '=', search.number));
    if (search && 'name' in search) conditions.push(eb('u.name', '=', search.name));
    return eb.and(conditions);
  };
}

/** One page of the queue, oldest deadline first (the claims' numbers stay well below the settlement volumes). */
export function queuePage(
  db: Db,
  filter: QueueFilter,
  options: { limit: number; offset: number; order: 'asc' | 'desc' },
) {
  const dir = options.order;
  return queueBase(db)
    .leftJoin('award as w', 'w.claim_id', 'c.id')
    .select([
      'c.id',
      'c.number',
      'u.name as applicant_name',
      'c.tier',
      'c.county_code',
      'c.state',
      'c.submitted_at',
      'c.due_on',
      'w.total_fen',
    ])
    .where(queueWhere(filter))
    .orderBy('c.due_on', dir)
    .orderBy('c.id', dir)
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export async function countQueue(db: Db, filter: QueueFilter): Promise<number> {
  const row = await queueBase(db)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(queueWhere(filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Claims per state under the same filters, for the queue's tabs. */
export async function countByState(db: Db, filter: QueueFilter): Promise<Record<string, number>> {
  const rows = await queueBase(db)
    .select(['c.state', (eb) => eb.fn.countAll<string>().as('n')])
    .where(queueWhere({ ...filter, states: undefined }))
    .groupBy('c.state')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

export function findSettlementNumber(db: Db, id: string) {
  return db.selectFrom('settlement_application').select(['number']).where('id', '=', id).executeTakeFirst();
}
