import {
  type Actor,
  type BureauRole,
  decisionReasonSchema,
  hasBureauRole,
  maskBankAccount,
  maskName,
  personOf,
  type SubsidyClaimInput,
} from '@talent/domain';
import { sql } from 'kysely';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, dbNow, inTransaction } from '../../platform/db.js';
import {
  ApiError,
  assertCurrentVersion,
  conflict,
  fieldError,
  forbidden,
  notFound,
  uniqueViolation,
} from '../../platform/errors.js';
import { personKeyOf } from '../../platform/persons.js';
import { isUuid } from '../../platform/router.js';
import { correctClaimAccount } from './repository.js';

// A payee's account changes on two people's word (庆政办发〔2022〕44号 二(四)5: the subsidy is paid to
// the graduate's own social-security-card account): one enters the new account — a reviewer or finance
// from the applicant's evidence, or the applicant on their own claim — and a DIFFERENT staff member
// verifies it against that evidence. Only then does the claim carry it, so only a verified account is
// ever used by a reissue or a new batch. The check constraint says the same as the 403.

/** Who enters an account from the applicant's evidence. */
const enterers: readonly BureauRole[] = ['reviewer', 'finance'];
/** Who verifies (or turns down) an entered account: anyone of these but the one who entered it. */
const verifiers: readonly BureauRole[] = ['reviewer', 'approver', 'finance'];
const readers: readonly BureauRole[] = [...verifiers, 'auditor'];

const any = (actor: Actor, roles: readonly BureauRole[]) => roles.some((r) => hasBureauRole(actor, r));

type Ctx = Pick<ServiceContext, 'requestId' | 'pii'>;

export type AccountChangeInput = Pick<SubsidyClaimInput, 'bankName' | 'bankAccount'> & {
  claimId: string;
  evidence?: string | undefined;
};

export async function enterAccountChange(db: Db, actor: Actor, input: AccountChangeInput, ctx: Ctx) {
  const staff = any(actor, enterers);
  if (!staff && actor.kind !== 'applicant') throw forbidden();
  if (!isUuid(input.claimId)) throw notFound();
  const evidence = input.evidence?.trim() ?? '';
  if (staff && evidence.length < 2) throw fieldError('evidence', 'validation.reason.length');
  if (evidence.length > 500) throw fieldError('evidence', 'validation.reason.length');
  let q = db
    .selectFrom('subsidy_claim as c')
    .innerJoin('award as a', 'a.claim_id', 'c.id')
    .select(['c.id', 'c.bank_account_masked'])
    .where('c.id', '=', input.claimId);
  // the applicant their own claim only; someone else's does not exist for them
  if (!staff) q = q.where('c.applicant_user_id', '=', actor.userId);
  const claim = await q.executeTakeFirst();
  if (!claim) throw notFound();
  const masked = maskBankAccount(input.bankAccount);
  const id = await inTransaction(db, async (trx) => {
    let row: { id: string };
    try {
      row = await trx
        .insertInto('payee_account_change')
        .values({
          claim_id: claim.id,
          bank_name: input.bankName,
          bank_account_enc: ctx.pii.encrypt(input.bankAccount),
          bank_account_masked: masked,
          evidence: evidence || null,
          entered_by: actor.userId,
          entered_by_kind: staff ? 'bureau' : 'applicant',
          state: 'pending',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    } catch (err) {
      if (uniqueViolation(err) === 'payee_account_change_pending_once')
        throw conflict('payee_account.change_pending');
      throw err;
    }
    await writeAudit(trx, ctx, {
      actor,
      action: 'payee_account_change.enter',
      entity: 'subsidy_claim',
      entityId: claim.id,
      details: { changeId: row.id, bankName: input.bankName, from: claim.bank_account_masked, to: masked },
    });
    return row.id;
  });
  return getAccountChange(db, actor, id, staff);
}

function baseQuery(db: Db) {
  return db
    .selectFrom('payee_account_change as x')
    .innerJoin('subsidy_claim as c', 'c.id', 'x.claim_id')
    .innerJoin('app_user as u', 'u.id', 'c.applicant_user_id')
    .innerJoin('app_user as e', 'e.id', 'x.entered_by')
    .leftJoin('app_user as d', 'd.id', 'x.decided_by')
    .select([
      'x.id',
      'x.claim_id',
      'c.number as claim_number',
      'u.name as payee_name',
      'c.applicant_user_id',
      'c.bank_name as current_bank_name',
      'c.bank_account_masked as current_account',
      'x.bank_name',
      'x.bank_account_masked',
      'x.evidence',
      'x.entered_by',
      'x.entered_by_kind',
      'e.name as entered_by_name',
      personKeyOf('e').as('entered_by_person'),
      'x.state',
      'x.decided_by',
      'd.name as decided_by_name',
      'x.decided_at',
      'x.reject_reason',
      'x.version',
      'x.created_at',
    ]);
}

type ChangeRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function view(r: ChangeRow, actor: Actor) {
  const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null);
  return {
    id: r.id,
    claimId: r.claim_id,
    claimNumber: r.claim_number,
    payeeName: maskName(r.payee_name),
    currentBankName: r.current_bank_name,
    currentAccount: r.current_account,
    bankName: r.bank_name,
    account: r.bank_account_masked,
    evidence: r.evidence,
    enteredBy: { id: r.entered_by, name: r.entered_by_name, kind: r.entered_by_kind },
    state: r.state,
    decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
    decidedAt: iso(r.decided_at),
    rejectReason: r.reject_reason,
    version: r.version,
    createdAt: iso(r.created_at) ?? '',
    /** Verifying takes a second person: never the one who entered it. */
    canVerify: any(actor, verifiers) && r.state === 'pending' && r.entered_by_person !== personOf(actor),
  };
}
export type AccountChangeView = ReturnType<typeof view>;

async function getAccountChange(db: Db, actor: Actor, id: string, staff: boolean) {
  let q = baseQuery(db).where('x.id', '=', id);
  if (!staff) q = q.where('c.applicant_user_id', '=', actor.userId);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return view(row, actor);
}

export async function listAccountChanges(
  db: Db,
  actor: Actor,
  query: { state?: 'pending' | 'verified' | 'rejected' | undefined; page: number; pageSize: number },
) {
  if (!any(actor, readers)) throw forbidden();
  let q = baseQuery(db);
  let count = db.selectFrom('payee_account_change as x').select(sql<number>`count(*)::int`.as('n'));
  if (query.state) {
    q = q.where('x.state', '=', query.state);
    count = count.where('x.state', '=', query.state);
  }
  const [rows, total] = await Promise.all([
    q
      .orderBy('x.created_at', 'desc')
      .orderBy('x.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => view(r, actor)),
    total: total.n,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * verify: the claim takes the account (its ciphertext, so later roster lines carry it); reject: the
 * claim keeps its account. Either by a staff member other than the one who entered the change.
 */
export async function decideAccountChange(
  db: Db,
  actor: Actor,
  input: { id: string; decision: 'verify' | 'reject'; version: number; reason?: string | undefined },
  ctx: Ctx,
) {
  if (!any(actor, verifiers)) throw forbidden();
  if (!isUuid(input.id)) throw notFound();
  let reason: string | null = null;
  if (input.decision === 'reject') {
    const parsed = decisionReasonSchema.safeParse({ reason: input.reason ?? '' });
    if (!parsed.success) throw fieldError('reason', 'validation.reason.length');
    reason = parsed.data.reason;
  }
  await inTransaction(db, async (trx) => {
    const change = await trx
      .selectFrom('payee_account_change as x')
      .innerJoin('subsidy_claim as c', 'c.id', 'x.claim_id')
      .innerJoin('app_user as e', 'e.id', 'x.entered_by')
      .select(personKeyOf('e').as('entered_by_person'))
      .select([
        'x.id',
        'x.claim_id',
        'x.state',
        'x.version',
        'x.entered_by',
        'x.bank_name',
        'x.bank_account_enc',
        'x.bank_account_masked',
        'c.bank_account_masked as current_account',
      ])
      .where('x.id', '=', input.id)
      .forUpdate('x')
      .executeTakeFirst();
    if (!change) throw notFound();
    // four eyes by person (decision 0008): another account of the one who entered it is still them;
    // checked before the version, so the refused learn nothing of where the change stands
    if (change.entered_by_person === personOf(actor))
      throw new ApiError('forbidden', { messageKey: 'guard.four_eyes' });
    assertCurrentVersion({ state: change.state, version: change.version }, input.version);
    if (change.state !== 'pending') throw new ApiError('conflict', { messageKey: 'payee_account.decided' });
    await trx
      .updateTable('payee_account_change')
      .set({
        state: input.decision === 'verify' ? 'verified' : 'rejected',
        decided_by: actor.userId,
        decided_at: dbNow,
        reject_reason: reason,
        version: sql`version + 1`,
        updated_at: dbNow,
      })
      .where('id', '=', change.id)
      .execute();
    if (input.decision === 'verify') {
      await correctClaimAccount(trx, change.claim_id, {
        bankName: change.bank_name,
        accountEnc: change.bank_account_enc,
        accountMasked: change.bank_account_masked,
      });
    }
    await writeAudit(trx, ctx, {
      actor,
      action: `payee_account_change.${input.decision}`,
      entity: 'subsidy_claim',
      entityId: change.claim_id,
      details: {
        changeId: change.id,
        from: change.current_account,
        to: change.bank_account_masked,
        reason,
      },
    });
  });
  return getAccountChange(db, actor, input.id, true);
}
