import type { DisbursementBatchTable, DisbursementLineTable, PaymentLineTable } from '@talent/db';
import type { DisbursementBatchState } from '@talent/domain';
import { type InferResult, type Selectable, sql, type Updateable } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';
import { personKeyOf } from '../../platform/persons.js';

// Every SQL statement of disbursement. The work on many lines (prepare, release, apply results) is
// set-based: one statement per step whatever the batch's size, never a loop over rows.

export type BatchState = DisbursementBatchState;

function batchQuery(db: Db) {
  return db
    .selectFrom('disbursement_batch as b')
    .innerJoin('app_user as p', 'p.id', 'b.prepared_by')
    .leftJoin('app_user as a', 'a.id', 'b.approved_by')
    .leftJoin('app_user as s', 's.id', 'b.sent_by')
    .select([
      'b.id',
      'b.number',
      'b.state',
      'b.due_as_of',
      'b.line_count',
      'b.total_fen',
      'b.paid_count',
      'b.paid_fen',
      'b.failed_count',
      'b.prepared_by',
      'p.name as prepared_by_name',
      personKeyOf('p').as('prepared_by_person'),
      'b.prepared_at',
      'b.approved_by',
      'a.name as approved_by_name',
      'b.approved_at',
      'b.exported_at',
      'b.sent_by',
      's.name as sent_by_name',
      'b.withdrawn_count',
      'b.withdrawn_fen',
      'b.reconciled_at',
      'b.cancelled_at',
      'b.cancel_reason',
      'b.version',
      'b.created_at',
    ]);
}

/** prepared_by_person: four eyes compare persons (decision 0008). */
export type BatchRow = InferResult<ReturnType<typeof batchQuery>>[number];

export async function findBatch(db: Db, id: string, options: { lock?: boolean } = {}) {
  let q = batchQuery(db).where('b.id', '=', id);
  if (options.lock) q = q.forUpdate('b');
  return q.executeTakeFirst();
}

export async function listBatches(
  db: Db,
  filter: { state?: BatchState | undefined },
  page: { limit: number; offset: number },
) {
  let q = batchQuery(db);
  let count = db.selectFrom('disbursement_batch as b').select((eb) => eb.fn.countAll<number>().as('n'));
  if (filter.state) {
    q = q.where('b.state', '=', filter.state);
    count = count.where('b.state', '=', filter.state);
  }
  const [rows, total] = await Promise.all([
    q.orderBy('b.created_at', 'desc').orderBy('b.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The payment conditions of each policy version concerned, as subsidyPaymentConditions gives them. */
export type PaymentConditionsTable = {
  policyVersionIds: string[];
  minMonths: number[];
  continuing: boolean[];
};

/** The policy versions of the active awards with an instalment due on or before a date. */
export async function duePolicyVersions(db: Db, dueAsOf: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select distinct a.policy_version_id as id
    from payment_line pl join award a on a.id = pl.award_id
    where pl.state = 'scheduled' and pl.due_date <= ${dueAsOf} and a.state = 'active'`.execute(db);
  return rows.map((r) => r.id);
}

/**
 * The scheduled instalments of active awards due on or before a date, each with the payment rule
 * applied as evaluateSubsidyPayment applies it (二(四)5), on the facts contributionFacts reads as of
 * the due date: while nothing of the award has been paid, an instalment is its first payment and
 * needs `min_months` months on record up to its due date (an earlier instalment held or failed does
 * not let a later one skip the minimum); once one is paid, a later one, when the version asks for
 * continuing contributions, needs the due month or the month before paid. `held` is the failed criterion's id,
 * null when the instalment may be paid. One statement for every line, never a loop; `lock` takes the
 * rows for a batch, skipping (never waiting for, never taking twice) any a concurrent preparation holds.
 */
function checkedDue(dueAsOf: string, rules: PaymentConditionsTable, lock: boolean) {
  return sql`
    due as (
      select pl.id, pl.award_id, pl.applicant_user_id, pl.amount_fen, pl.due_date, a.policy_version_id
      from payment_line pl join award a on a.id = pl.award_id
      where pl.state = 'scheduled' and pl.due_date <= ${dueAsOf} and a.state = 'active'
      ${lock ? sql`for update of pl skip locked` : sql``}),
    facts as (
      select d.*, r.min_months, r.continuing,
        not exists (select 1 from payment_line e where e.award_id = d.award_id and e.state = 'paid') as first
      from due d
      join unnest(${rules.policyVersionIds}::text[], ${rules.minMonths}::int[], ${rules.continuing}::bool[])
        as r(policy_version_id, min_months, continuing) on r.policy_version_id = d.policy_version_id),
    measured as (
      select f.*,
        case when f.first then (select count(*) from social_insurance_contribution c
          where c.applicant_user_id = f.applicant_user_id and c.month <= f.due_date)::int end as months,
        case when not f.first and f.continuing then exists (select 1 from social_insurance_contribution c
          where c.applicant_user_id = f.applicant_user_id and c.month <= f.due_date
            and c.month >= date_trunc('month', f.due_date) - interval '1 month') end as contributing
      from facts f),
    checked as (
      select m.*,
        case when m.first and m.months < m.min_months then 'payment.socialInsurance'
             when not m.first and m.continuing and not m.contributing then 'payment.contributing' end as held
      from measured m)`;
}

export type DueGroup = { held: string | null; policy_version_id: string; n: number; total: number };

/** What a batch would take and what waits, by reason and policy version. */
export async function dueSummary(db: Db, dueAsOf: string, rules: PaymentConditionsTable) {
  const { rows } = await sql<DueGroup>`
    with ${checkedDue(dueAsOf, rules, false)}
    select held, policy_version_id, count(*)::int as n, sum(amount_fen)::int8 as total
    from checked group by held, policy_version_id order by held nulls first, policy_version_id`.execute(db);
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** Raw SQL below: its columns typed from the tables they come from, the computed ones by hand. */
export type HeldLineRow = Pick<
  Selectable<PaymentLineTable>,
  'id' | 'award_id' | 'amount_fen' | 'due_date' | 'kind' | 'sequence' | 'of_count'
> & {
  held: string;
  policy_version_id: string;
  min_months: number;
  months: number | null;
  applicant_name: string;
  claim_number: string;
};

/** The instalments due but held back by the payment rule, oldest first, a page at a time. */
export async function heldLines(
  db: Db,
  dueAsOf: string,
  rules: PaymentConditionsTable,
  page: { limit: number; offset: number },
) {
  const { rows } = await sql<HeldLineRow & { total: number }>`
    with ${checkedDue(dueAsOf, rules, false)}
    select k.id, k.award_id, k.amount_fen, k.due_date, pl.kind, pl.sequence, pl.of_count, k.held,
      k.policy_version_id, k.min_months, k.months, u.name as applicant_name, c.number as claim_number,
      count(*) over ()::int as total
    from checked k
    join payment_line pl on pl.id = k.id
    join award a on a.id = k.award_id
    join subsidy_claim c on c.id = a.claim_id
    join app_user u on u.id = k.applicant_user_id
    where k.held is not null
    order by k.due_date, k.id
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return { rows, total: rows[0]?.total ?? (page.offset > 0 ? await heldCount(db, dueAsOf, rules) : 0) };
}

async function heldCount(db: Db, dueAsOf: string, rules: PaymentConditionsTable): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    with ${checkedDue(dueAsOf, rules, false)}
    select count(*)::int as n from checked where held is not null`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * One preparation at a time, for the rest of the transaction: two at once (a double click, two
 * officers) would otherwise each take part of the due lines past the other's row locks and split one
 * day's payments into two batches. The second waits, then finds nothing due.
 */
export async function lockPreparation(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('disbursement.prepare'))`.execute(trx);
}

export async function nextBatchNumber(db: Db, year: string): Promise<string> {
  const { rows } = await sql<{
    n: number;
  }>`select nextval('disbursement_batch_number_seq')::int8 as n`.execute(db);
  return `FB${year}-${String(rows[0]?.n ?? 0).padStart(6, '0')}`;
}

export async function insertBatch(
  db: Db,
  values: { number: string; dueAsOf: string; preparedBy: string },
): Promise<string> {
  const row = await db
    .insertInto('disbursement_batch')
    .values({
      number: values.number,
      state: 'prepared',
      due_as_of: values.dueAsOf,
      line_count: 0,
      total_fen: 0,
      prepared_by: values.preparedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Takes every due scheduled instalment of an active award whose payee meets the payment conditions
 * into the batch; the rest stay scheduled for a later batch.
 */
export async function claimDueLines(
  db: Db,
  batchId: string,
  dueAsOf: string,
  rules: PaymentConditionsTable,
): Promise<number> {
  // The planner's guess for the per-line checks is far above their cost (an index probe each), enough
  // to switch on JIT compilation, which costs more than it saves here.
  await sql`set local jit = off`.execute(db);
  // counted from the returned rows: a statement opening with WITH reports no affected-row count on
  // every driver
  const { rows } = await sql<{ n: number }>`
    with ${checkedDue(dueAsOf, rules, true)},
    taken as (
      update payment_line p
      set state = 'in_batch', batch_id = ${batchId}, version = p.version + 1, updated_at = now()
      from checked k where p.id = k.id and k.held is null
      returning p.id)
    select count(*)::int as n from taken`.execute(db);
  return rows[0]?.n ?? 0;
}

/** The payees of the lines just taken (one row per person), for their names to be encrypted. */
export async function payeesOf(db: Db, batchId: string) {
  const { rows } = await sql<{ id: string; name: string }>`
    select u.id, u.name from app_user u
    where u.id in (select distinct p.applicant_user_id from payment_line p
                   where p.batch_id = ${batchId} and p.state = 'in_batch')`.execute(db);
  return rows;
}

/**
 * The roster lines: amount, the payee's name as given (encrypted + masked) and the claim's
 * social-security-card account (already encrypted on the claim), numbered payee by payee (a payee's
 * lines follow each other, so the export decrypts each payee once per page), then by due date.
 */
export async function insertRosterLines(
  db: Db,
  batchId: string,
  payees: { ids: string[]; namesEnc: string[]; namesMasked: string[] },
): Promise<void> {
  // The numbering sorts the whole batch: in memory rather than on disk. The payees' array is joined
  // by hash: the planner guesses an array parameter's length, and a nested loop over 100,000 lines
  // times 10,000 payees would take minutes.
  await sql`set local work_mem = '64MB'`.execute(db);
  await sql`set local enable_nestloop = off`.execute(db);
  await sql`
    insert into disbursement_line (batch_id, line_no, payment_line_id, applicant_user_id, amount_fen,
      payee_name_enc, payee_name_masked, bank_name, payee_account_enc, payee_account_masked, result)
    select ${batchId}, row_number() over (order by p.applicant_user_id, p.due_date, p.id), p.id, p.applicant_user_id, p.amount_fen,
      n.name_enc, n.name_masked, c.bank_name, c.bank_account_enc, c.bank_account_masked, 'pending'
    from payment_line p
    join award a on a.id = p.award_id
    join subsidy_claim c on c.id = a.claim_id
    join unnest(${payees.ids}::uuid[], ${payees.namesEnc}::text[], ${payees.namesMasked}::text[])
      as n(user_id, name_enc, name_masked) on n.user_id = p.applicant_user_id
    where p.batch_id = ${batchId} and p.state = 'in_batch'`.execute(db);
}

/** Sets the batch's count and total from its lines (the roster is the truth). */
export async function totalBatch(db: Db, batchId: string) {
  const { rows } = await sql<{ line_count: number; total_fen: number }>`
    update disbursement_batch b set line_count = t.n, total_fen = t.total
    from (select count(*)::int as n, coalesce(sum(amount_fen), 0)::int8 as total
          from disbursement_line where batch_id = ${batchId}) t
    where b.id = ${batchId}
    returning b.line_count, b.total_fen`.execute(db);
  return rows[0] ?? { line_count: 0, total_fen: 0 };
}

export async function updateBatch(
  db: Db,
  id: string,
  values: Updateable<DisbursementBatchTable>,
): Promise<void> {
  await db
    .updateTable('disbursement_batch')
    .set({ ...values, version: sql`version + 1`, updated_at: dbNow })
    .where('id', '=', id)
    .execute();
}

/**
 * A batch sent back or cancelled before the bank saw it: its lines go back to be paid later, those
 * of an award that has stopped meanwhile (a departure) to "cancelled" instead, never to "scheduled".
 */
export async function releaseLines(db: Db, batchId: string): Promise<void> {
  await sql`update disbursement_line set result = 'released'
    where batch_id = ${batchId} and result = 'pending'`.execute(db);
  await sql`update payment_line p
    set state = case when a.state = 'active' then 'scheduled' else 'cancelled' end, batch_id = null,
      version = p.version + 1, updated_at = now()
    from award a
    where a.id = p.award_id and p.batch_id = ${batchId} and p.state = 'in_batch'`.execute(db);
}

/**
 * The batches holding an instalment of the award, locked, in id order (two departures lock alike):
 * a batch's approval, sending or cancelling, which lock the batch first, then wait for the stop or
 * the stop for them, never half of each.
 */
export async function lockBatchesOfAward(db: Db, awardId: string) {
  const { rows } = await sql<{ id: string; number: string; state: BatchState }>`
    select b.id, b.number, b.state from disbursement_batch b
    where b.id in (select p.batch_id from payment_line p where p.award_id = ${awardId} and p.state = 'in_batch')
    order by b.id
    for update of b`.execute(db);
  return rows;
}

/**
 * Takes the award's lines out of the (locked, unsent) batches: the roster lines "withdrawn" with the
 * reason, the instalments "cancelled". Returns them with the batch each left.
 */
export async function withdrawAwardLines(db: Db, awardId: string, batchIds: string[]) {
  const { rows } = await sql<{ batch_id: string; payment_line_id: string; amount_fen: number }>`
    update disbursement_line d
    set result = 'withdrawn', withdrawn_reason = 'award_stopped', result_at = now()
    from payment_line p
    where p.id = d.payment_line_id and p.award_id = ${awardId} and d.batch_id = any(${batchIds}::uuid[])
      and d.result = 'pending'
    returning d.batch_id, d.payment_line_id, d.amount_fen`.execute(db);
  const ids = rows.map((r) => r.payment_line_id);
  const { rows: lines } = await sql<{ id: string; line_key: string }>`
    update payment_line set state = 'cancelled', version = version + 1, updated_at = now()
    where id = any(${ids}::uuid[]) and state = 'in_batch'
    returning id, line_key`.execute(db);
  if (lines.length !== rows.length) throw new Error('instalments out of step with their roster lines');
  const keys = new Map(lines.map((l) => [l.id, l.line_key]));
  return rows.map((r) => ({
    ...r,
    line_key: keys.get(r.payment_line_id) ?? '',
    amount_fen: Number(r.amount_fen),
  }));
}

/** The batch's count and total without the lines withdrawn from it, and how many left and why. */
export async function subtractWithdrawn(db: Db, batchId: string, count: number, fen: number) {
  await sql`update disbursement_batch
    set line_count = line_count - ${count}, total_fen = total_fen - ${fen},
      withdrawn_count = withdrawn_count + ${count}, withdrawn_fen = withdrawn_fen + ${fen},
      version = version + 1, updated_at = now()
    where id = ${batchId}`.execute(db);
}

/** The award's lines already with the bank: flagged, so that a failed answer is not reissued. */
export async function flagStoppedAward(db: Db, awardId: string, batchIds: string[]): Promise<number> {
  const result = await sql`
    update disbursement_line d set award_stopped_at = now()
    from payment_line p
    where p.id = d.payment_line_id and p.award_id = ${awardId} and d.batch_id = any(${batchIds}::uuid[])
      and d.result = 'pending'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function pendingCount(db: Db, batchId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from disbursement_line
    where batch_id = ${batchId} and result = 'pending'`.execute(db);
  return rows[0]?.n ?? 0;
}

export async function listLines(
  db: Db,
  batchId: string,
  filter: { result?: Selectable<DisbursementLineTable>['result'] | undefined },
  page: { limit: number; offset: number },
) {
  let q = db
    .selectFrom('disbursement_line as d')
    .innerJoin('payment_line as p', 'p.id', 'd.payment_line_id')
    .where('d.batch_id', '=', batchId);
  if (filter.result) q = q.where('d.result', '=', filter.result);
  const [rows, total] = await Promise.all([
    q
      .select([
        'd.id',
        'd.line_no',
        'd.payment_line_id',
        'd.amount_fen',
        'd.payee_name_masked',
        'd.bank_name',
        'd.payee_account_masked',
        'd.result',
        'd.failure_reason',
        'd.bank_reference',
        'd.result_at',
        'd.withdrawn_reason',
        'd.award_stopped_at',
        // the account differs from the one the award's last payment went to (a verified change since)
        sql<boolean>`coalesce((select l.payee_account_enc <> d.payee_account_enc
          from disbursement_line l join payment_line q on q.id = l.payment_line_id
          where q.award_id = p.award_id and l.result = 'paid'
          order by l.result_at desc limit 1), false)`.as('account_changed'),
        'p.kind',
        'p.sequence',
        'p.of_count',
        'p.due_date',
      ])
      .orderBy('d.line_no')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type LineRow = Awaited<ReturnType<typeof listLines>>['rows'][number];

/** Raw SQL below (a range scan of the index): its columns typed from their tables. */
export type RosterRow = Pick<
  Selectable<DisbursementLineTable>,
  'line_no' | 'payee_name_enc' | 'bank_name' | 'payee_account_enc' | 'amount_fen'
> &
  Pick<Selectable<PaymentLineTable>, 'kind' | 'sequence' | 'of_count' | 'due_date'>;

/**
 * The roster lines numbered after `afterLineNo` up to `afterLineNo + count`, withdrawn ones left out:
 * line numbers run 1..n, so a page is a range of the (batch_id, line_no) index, each page costing the
 * same however deep (no sort, no skipped rows).
 */
export async function rosterPage(db: Db, batchId: string, afterLineNo: number, count: number) {
  const { rows } = await sql<RosterRow>`
    select d.line_no, d.payee_name_enc, d.bank_name, d.payee_account_enc, d.amount_fen,
      p.kind, p.sequence, p.of_count, p.due_date
    from disbursement_line d join payment_line p on p.id = d.payment_line_id
    where d.batch_id = ${batchId} and d.line_no > ${afterLineNo} and d.line_no <= ${afterLineNo + count}
      and d.result <> 'withdrawn'
    order by d.line_no`.execute(db);
  return rows;
}

/**
 * Line number → amount and result, the roster as sent (withdrawn lines were never in it), for
 * checking a result file against it.
 */
export async function rosterIndex(db: Db, batchId: string) {
  const { rows } = await sql<{ line_no: number; amount_fen: number; result: string }>`
    select line_no, amount_fen, result from disbursement_line
    where batch_id = ${batchId} and result <> 'withdrawn'`.execute(db);
  return rows;
}

export async function appliedImport(db: Db, batchId: string, sha256: string) {
  return db
    .selectFrom('bank_result_import')
    .select(['id', 'created_at'])
    .where('batch_id', '=', batchId)
    .where('sha256', '=', sha256)
    .where('status', '=', 'applied')
    .executeTakeFirst();
}

export async function insertImport(
  db: Db,
  values: {
    batchId: string;
    fileName: string;
    sha256: string;
    format: 'csv' | 'xlsx';
    status: 'applied' | 'rejected' | 'validated';
    rowCount: number;
    paidCount: number;
    failedCount: number;
    issueCount: number;
    report: unknown;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('bank_result_import')
    .values({
      batch_id: values.batchId,
      file_name: values.fileName,
      sha256: values.sha256,
      format: values.format,
      status: values.status,
      row_count: values.rowCount,
      paid_count: values.paidCount,
      failed_count: values.failedCount,
      issue_count: values.issueCount,
      report: JSON.stringify(values.report),
      created_by: values.createdBy,
      applied_at: values.status === 'applied' ? dbNow : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The bank's answers onto the roster lines still pending; returns how many lines took one. */
export async function applyResults(
  db: Db,
  batchId: string,
  importId: string,
  results: {
    lineNos: number[];
    results: string[];
    reasons: (string | null)[];
    references: (string | null)[];
  },
): Promise<number> {
  const result = await sql`
    update disbursement_line d
    set result = v.result, failure_reason = v.reason, bank_reference = v.reference, result_at = now(),
      import_id = ${importId}
    from unnest(${results.lineNos}::int[], ${results.results}::text[], ${results.reasons}::text[],
      ${results.references}::text[]) as v(line_no, result, reason, reference)
    where d.batch_id = ${batchId} and d.line_no = v.line_no and d.result = 'pending'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** The instalments follow their roster lines: paid (on the day) or failed with the bank's reason. */
export async function settlePaymentLines(db: Db, importId: string, paidOn: string): Promise<number> {
  const result = await sql`
    update payment_line p
    set state = d.result, paid_on = case when d.result = 'paid' then ${paidOn}::date end,
      failure_reason = d.failure_reason, version = p.version + 1, updated_at = now()
    from disbursement_line d
    where d.import_id = ${importId} and p.id = d.payment_line_id and p.state = 'in_batch'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function addResultCounts(
  db: Db,
  batchId: string,
  counts: { paidCount: number; paidFen: number; failedCount: number },
): Promise<void> {
  await sql`update disbursement_batch set paid_count = paid_count + ${counts.paidCount},
    paid_fen = paid_fen + ${counts.paidFen}, failed_count = failed_count + ${counts.failedCount},
    version = version + 1, updated_at = now()
    where id = ${batchId}`.execute(db);
}

export async function listImports(db: Db, batchId: string) {
  return db
    .selectFrom('bank_result_import as i')
    .innerJoin('app_user as u', 'u.id', 'i.created_by')
    .select([
      'i.id',
      'i.file_name',
      'i.format',
      'i.status',
      'i.row_count',
      'i.paid_count',
      'i.failed_count',
      'i.issue_count',
      'i.report',
      'u.name as created_by_name',
      'i.created_at',
    ])
    .where('i.batch_id', '=', batchId)
    .orderBy('i.created_at', 'desc')
    .execute();
}

/** Instalments the bank refused, oldest first: to be corrected and reissued. */
export async function listFailed(db: Db, page: { limit: number; offset: number }, id?: string) {
  let q = db
    .selectFrom('payment_line as p')
    .innerJoin('award as a', 'a.id', 'p.award_id')
    .innerJoin('subsidy_claim as c', 'c.id', 'a.claim_id')
    .innerJoin('app_user as u', 'u.id', 'p.applicant_user_id')
    .leftJoin('disbursement_batch as b', 'b.id', 'p.batch_id')
    .where('p.state', '=', 'failed');
  if (id) q = q.where('p.id', '=', id);
  const [rows, total] = await Promise.all([
    q
      .select([
        'p.id',
        'p.amount_fen',
        'p.due_date',
        'p.kind',
        'p.sequence',
        'p.of_count',
        'p.failure_reason',
        'p.reissued_count',
        'p.version',
        'b.number as batch_number',
        'c.id as claim_id',
        'c.number as claim_number',
        'c.bank_name',
        'c.bank_account_masked',
        'u.name as payee_name',
        'a.state as award_state',
        'p.updated_at',
      ])
      .orderBy('p.updated_at')
      .orderBy('p.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type FailedLineRow = Awaited<ReturnType<typeof listFailed>>['rows'][number];

export async function lockFailedLine(db: Db, id: string) {
  return db
    .selectFrom('payment_line as p')
    .innerJoin('award as a', 'a.id', 'p.award_id')
    .select([
      'p.id',
      'p.state',
      'p.version',
      'p.applicant_user_id',
      'p.due_date',
      'a.claim_id',
      'a.state as award_state',
    ])
    .where('p.id', '=', id)
    .forUpdate('p')
    .executeTakeFirst();
}

export async function correctClaimAccount(
  db: Db,
  claimId: string,
  values: { bankName: string; accountEnc: string; accountMasked: string },
): Promise<void> {
  await db
    .updateTable('subsidy_claim')
    .set({
      bank_name: values.bankName,
      bank_account_enc: values.accountEnc,
      bank_account_masked: values.accountMasked,
      version: sql`version + 1`,
      updated_at: dbNow,
    })
    .where('id', '=', claimId)
    .execute();
}

/** The change of the claim's account awaiting its second person, if any. */
export async function pendingAccountChange(db: Db, claimId: string) {
  return db
    .selectFrom('payee_account_change')
    .select('id')
    .where('claim_id', '=', claimId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
}

/** The batch version at which its roster was last downloaded, if ever (from the audit trail). */
export async function lastRosterDownload(db: Db, batchId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('audit_log')
    .select(sql<number>`(details->>'version')::int`.as('version'))
    .where('entity', '=', 'disbursement_batch')
    .where('entity_id', '=', batchId)
    .where('action', '=', 'disbursement.roster_download')
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.version ?? undefined;
}

export async function reissueLine(db: Db, id: string): Promise<void> {
  await db
    .updateTable('payment_line')
    .set({
      state: 'scheduled',
      batch_id: null,
      failure_reason: null,
      reissued_count: sql`reissued_count + 1`,
      version: sql`version + 1`,
      updated_at: dbNow,
    })
    .where('id', '=', id)
    .execute();
}

/** The applicant's own instalments, by due date. */
export async function paymentsOf(db: Db, applicantUserId: string) {
  return db
    .selectFrom('payment_line')
    .select([
      'id',
      'award_id',
      'kind',
      'sequence',
      'of_count',
      'amount_fen',
      'due_date',
      'state',
      'paid_on',
      'failure_reason',
      'reissued_count',
    ])
    .where('applicant_user_id', '=', applicantUserId)
    .orderBy('due_date')
    .orderBy('line_key')
    .execute();
}

/**
 * Each payee hears of the outcome (in-app and SMS): one message per payee and outcome with the sum,
 * however many of their instalments the file answered, for the whole file at once.
 */
export async function notifyPayees(db: Db, importId: string, batchNumber: string): Promise<void> {
  const outcomes = sql`select d.applicant_user_id, d.result, sum(d.amount_fen)::int8 as fen,
      min(d.payment_line_id::text) as entity_id, coalesce(min(d.failure_reason), '') as reason
    from disbursement_line d where d.import_id = ${importId} group by d.applicant_user_id, d.result`;
  const params = sql`jsonb_build_object('amount',
      (o.fen / 100)::text || '.' || lpad((o.fen % 100)::text, 2, '0'), 'batch', ${batchNumber}::text,
      'reason', o.reason)`;
  await sql`insert into notification (user_id, kind, params, entity, entity_id)
    select o.applicant_user_id, 'notification.payment.' || o.result, ${params}, 'payment_line', o.entity_id
    from (${outcomes}) o`.execute(db);
  await sql`insert into sms_outbox (user_id, template, params)
    select o.applicant_user_id, 'notification.payment.' || o.result, ${params}
    from (${outcomes}) o`.execute(db);
}
