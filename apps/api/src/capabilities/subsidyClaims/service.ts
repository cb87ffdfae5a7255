import {
  type Actor,
  type BureauRole,
  hasBureauRole,
  maskBankAccount,
  previewSubsidyClaim,
  type SubsidyClaimInput,
  type SubsidyClaimState,
  todayInChina,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import {
  ApiError,
  assertCurrentVersion,
  forbidden,
  notFound,
  uniqueViolation,
} from '../../platform/errors.js';
import type { Pii } from '../../platform/pii.js';
import { isUuid } from '../../platform/router.js';
import { loadPolicy } from '../policy/service.js';
import { type ClaimRouteEvent, fireClaimEvent } from './events.js';
import { claimantOf } from './facts.js';
import * as repo from './repository.js';
import { type ClaimSummary, type ClaimView, claimView, type Eligibility } from './view.js';

type Ctx = Pick<ServiceContext, 'requestId' | 'pii'>;

// Reading a whole account number is for those who check it against the card.
const accountRevealers: readonly BureauRole[] = ['reviewer', 'approver', 'finance'];

function requireApplicant(actor: Actor): void {
  if (actor.kind !== 'applicant') throw forbidden();
}

/**
 * Can I claim? The settlement must be completed and, for a graduate who settled first, the job
 * confirmed by the employer (二(一)4); then every criterion of 二(四)5 under the policy in force today,
 * each with its clause. A claim already open for the tier answers with that claim.
 */
export async function eligibility(
  db: Db,
  actor: Actor,
  pii: Pii,
  today = todayInChina(),
): Promise<Eligibility> {
  requireApplicant(actor);
  const [policy, found, own] = await Promise.all([
    loadPolicy(db, today),
    claimantOf(db, actor.userId, today, pii),
    repo.listOwn(db, actor.userId),
  ]);
  const claimant = found.claimant;
  const existing = own.find(
    (c) => c.tier === claimant?.tier && c.state !== 'rejected' && c.state !== 'withdrawn',
  );
  const base = {
    claimDate: today,
    policy,
    existingClaim: existing
      ? { id: existing.id, number: existing.number, state: existing.state as SubsidyClaimState }
      : null,
  };
  if (!claimant) {
    return {
      ...base,
      canClaim: false,
      blocks: found.blocks,
      tier: null,
      settlement: null,
      facts: null,
      preview: null,
    };
  }
  const preview = previewSubsidyClaim(claimant.facts, policy);
  return {
    ...base,
    canClaim: preview.claimable && existing === undefined,
    blocks: [],
    tier: claimant.tier,
    settlement: {
      id: claimant.settlement.id,
      number: claimant.settlement.number,
      state: claimant.settlement.state,
    },
    facts: claimant.facts,
    preview,
  };
}

/** The live preview: what a claim made today would be awarded and why. Writes nothing. */
export async function preview(db: Db, actor: Actor, pii: Pii): Promise<NonNullable<Eligibility['preview']>> {
  const result = await eligibility(db, actor, pii);
  if (!result.preview) {
    throw new ApiError('conflict', {
      messageKey: 'subsidyClaim.notClaimable',
      details: { blocks: result.blocks },
    });
  }
  return result.preview;
}

/**
 * A claim, made and submitted at once (the form has only the account to fill). The claim date, and
 * with it the policy version, is today's. The same Idempotency-Key returns the claim it made; a
 * second claim for a tier already claimed is refused, by the first-claim index as well as by code.
 */
export async function createClaim(
  db: Db,
  actor: Actor,
  input: SubsidyClaimInput,
  idempotencyKey: string | undefined,
  ctx: Ctx,
): Promise<{ view: ClaimView; created: boolean }> {
  requireApplicant(actor);
  const replay = async () => {
    if (!idempotencyKey) return undefined;
    const existing = await repo.findByIdempotencyKey(db, actor.userId, idempotencyKey);
    return existing ? { view: await getClaim(db, actor, existing.id, ctx), created: false } : undefined;
  };
  const earlier = await replay();
  if (earlier) return earlier;
  const today = todayInChina();
  let id: string;
  try {
    id = await inTransaction(db, async (trx) => {
      const [policy, found] = await Promise.all([
        loadPolicy(trx, today),
        claimantOf(trx, actor.userId, today, ctx.pii),
      ]);
      const claimant = found.claimant;
      if (!claimant) {
        throw new ApiError('conflict', {
          messageKey: 'subsidyClaim.notClaimable',
          details: { blocks: found.blocks },
        });
      }
      if ((claimant.facts.previousClaimsForTier ?? 0) > 0) throw alreadyClaimed();
      const number = await repo.nextClaimNumber(trx, today.slice(0, 4));
      const row = await repo.insertClaim(trx, {
        number,
        applicant_user_id: actor.userId,
        resident_id_hmac: claimant.residentIdHmac,
        settlement_application_id: claimant.settlement.id,
        employer_id: claimant.settlement.job_employer_id,
        county_code: claimant.settlement.county_code,
        tier: claimant.tier,
        bank_name: input.bankName,
        bank_account_enc: ctx.pii.encrypt(input.bankAccount),
        bank_account_masked: maskBankAccount(input.bankAccount),
        idempotency_key: idempotencyKey ?? null,
        claim_date: today,
        policy_version_id: policy.id,
      });
      await writeAudit(trx, ctx, {
        actor,
        action: 'subsidy_claim.create',
        entity: 'subsidy_claim',
        entityId: row.id,
        details: {
          from: null,
          to: 'draft',
          number,
          tier: claimant.tier,
          bankAccount: maskBankAccount(input.bankAccount),
        },
      });
      return fireClaimEvent(trx, actor, { claimId: row.id, event: 'submit', version: 1 }, { ...ctx, today });
    });
  } catch (err) {
    // A concurrent request with the same key made the claim meanwhile (tripping the first-claim
    // check or either unique index): that claim is the answer.
    const again = await replay();
    if (again) return again;
    if (uniqueViolation(err) === 'subsidy_claim_first_per_tier') throw alreadyClaimed();
    throw err;
  }
  return { view: await getClaim(db, actor, id, ctx), created: true };
}

function alreadyClaimed(): ApiError {
  return new ApiError('conflict', { messageKey: 'subsidyClaim.alreadyClaimed' });
}

/**
 * The claimant corrects the account of a returned claim (the reason usually says what was wrong),
 * then resubmits it. Only the claimant, only while it is returned, only at the version they saw.
 */
export async function updateAccount(
  db: Db,
  actor: Actor,
  id: string,
  input: SubsidyClaimInput & { version: number },
  ctx: Ctx,
): Promise<ClaimView> {
  if (!isUuid(id)) throw notFound();
  await inTransaction(db, async (trx) => {
    const row = await repo.findVisible(trx, actor, id, { lock: true });
    if (!row) throw notFound();
    const current = { state: row.state, version: row.version };
    if (actor.kind !== 'applicant') throw new ApiError('forbidden', { details: current });
    assertCurrentVersion(current, input.version);
    if (row.state !== 'returned' && row.state !== 'draft')
      throw new ApiError('conflict', { messageKey: 'error.conflict.notEditable', details: current });
    const masked = maskBankAccount(input.bankAccount);
    await repo.updateClaim(trx, id, {
      bank_name: input.bankName,
      bank_account_enc: ctx.pii.encrypt(input.bankAccount),
      bank_account_masked: masked,
    });
    await writeAudit(trx, ctx, {
      actor,
      action: 'subsidy_claim.update',
      entity: 'subsidy_claim',
      entityId: id,
      details: { from: row.state, to: row.state, bankName: input.bankName, bankAccount: masked },
    });
  });
  return getClaim(db, actor, id, ctx);
}

export async function getClaim(db: Db, actor: Actor, id: string, ctx: Pick<Ctx, 'pii'>): Promise<ClaimView> {
  if (!isUuid(id)) throw notFound();
  const row = await repo.findVisible(db, actor, id);
  if (!row) throw notFound();
  return claimView(db, actor, row, ctx.pii);
}

export async function fireEvent(
  db: Db,
  actor: Actor,
  input: { claimId: string; event: ClaimRouteEvent; version: number; reason?: string | undefined },
  ctx: Ctx,
): Promise<ClaimView> {
  await fireClaimEvent(db, actor, input, ctx);
  return getClaim(db, actor, input.claimId, ctx);
}

/** The claimant's own claims, newest first. */
export async function listOwn(db: Db, actor: Actor): Promise<ClaimSummary[]> {
  requireApplicant(actor);
  const rows = await repo.listOwn(db, actor.userId);
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    state: r.state as SubsidyClaimState,
    tier: r.tier,
    bankAccount: r.bank_account_masked,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    version: r.version,
  }));
}

/** The whole account number, for staff who check it against the card; audited. */
export async function revealBankAccount(
  db: Db,
  actor: Actor,
  id: string,
  ctx: Ctx,
): Promise<{ account: string }> {
  if (!isUuid(id)) throw notFound();
  const row = await repo.findVisible(db, actor, id);
  if (!row) throw notFound();
  if (!accountRevealers.some((role) => hasBureauRole(actor, role))) throw forbidden();
  return inTransaction(db, async (trx) => {
    await writeAudit(trx, ctx, {
      actor,
      action: 'bank_account.reveal',
      entity: 'subsidy_claim',
      entityId: row.id,
      details: { account: row.bank_account_masked },
    });
    return { account: ctx.pii.decrypt(row.bank_account_enc) };
  });
}
