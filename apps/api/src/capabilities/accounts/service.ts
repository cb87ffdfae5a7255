import {
  type Actor,
  type BureauRole,
  type ChangePassword,
  decisionReasonSchema,
  hasBureauRole,
  maskResidentId,
  personNameSchema,
  residentIdSchema,
  todayInChina,
} from '@talent/domain';
import { z } from 'zod';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext, SessionUser } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, conflict, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { maskMobile } from '../../platform/messages.js';
import { hashPassword, verifyPassword } from '../../platform/password.js';
import type { Pii } from '../../platform/pii.js';
import { isUuid } from '../../platform/router.js';
import {
  createSession,
  deleteUserSessions,
  findSessionUser,
  type NewSession,
} from '../../platform/session.js';
import { attemptSucceeded, claimAttempt } from '../../platform/throttle.js';
import { currentPasswordKey } from '../auth/throttleKeys.js';
import { sameName } from '../settlement/greenChannel.js';
import { cardsOfHolder } from '../talentCards/repository.js';
import * as repo from './repository.js';

/** What the signed-in user sees about themself; identifiers masked. */
export type Me = {
  id: string;
  kind: SessionUser['kind'];
  name: string;
  login: string;
  roles: BureauRole[];
  employer: SessionUser['employer'];
  employerRole: 'admin' | 'hr' | null;
  residentId: string | null;
  /** Present (true) only after an admin set a temporary password. */
  mustChangePassword?: true;
  /** Applicants: 已核验 by the card registry or the bureau's document check, else null (decision 0008). */
  identityVerifiedBy: SessionUser['identityVerifiedBy'];
};

export function toMe(user: SessionUser, ctx: Pick<ServiceContext, 'pii'>): Me {
  return {
    id: user.id,
    kind: user.kind,
    name: user.name,
    login: user.kind === 'bureau' ? user.login : maskMobile(user.login),
    roles: user.kind === 'bureau' ? user.roles : [],
    employer: user.employer,
    employerRole: user.kind === 'employer' ? user.employerRole : null,
    residentId: user.residentIdEnc ? maskedResidentId(user.residentIdEnc, ctx.pii) : null,
    ...(user.mustChangePassword ? { mustChangePassword: true as const } : {}),
    identityVerifiedBy: user.identityVerifiedBy,
  };
}

// GET /api/me is the hottest route: remember the masked form of recently seen ciphertexts instead of
// decrypting on every request. Bounded; holds only masked values.
const maskedCache = new WeakMap<Pii, Map<string, string>>();
const MASKED_CACHE_SIZE = 10_000;

function maskedResidentId(encrypted: string, pii: Pii): string {
  let cache = maskedCache.get(pii);
  if (!cache) {
    cache = new Map();
    maskedCache.set(pii, cache);
  }
  let masked = cache.get(encrypted);
  if (masked === undefined) {
    masked = maskResidentId(pii.decrypt(encrypted));
    if (cache.size >= MASKED_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(encrypted, masked);
  }
  return masked;
}

/** Reads the user afresh (e.g. inside the transaction that just changed them). */
export async function loadMe(db: Db, userId: string, ctx: Pick<ServiceContext, 'pii'>): Promise<Me> {
  const user = await findSessionUser(db, userId);
  if (!user) throw notFound();
  return toMe(user, ctx);
}

// TODO(domain): a profile schema belongs next to applicantSignUpSchema; composed from domain fields here.
export const profileUpdateSchema = z.object({ name: personNameSchema, residentId: residentIdSchema });
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

/** Changes of the resident ID an applicant may make in a day (decision 0008): each one is a probe. */
export const RESIDENT_ID_CHANGES_PER_DAY = 5;

/**
 * An applicant records their name and resident ID (stored encrypted, with a blind index for
 * uniqueness). The answer is the same whether or not the number is already on another account
 * (decision 0008): a claimed number is kept on this account without its blind index, so it neither
 * unlocks anything nor tells the caller whose it is, and the clash is recorded as an identity dispute
 * for the bureau. A name + ID matching a valid card of the registry verifies the identity; changing
 * either clears it. ID changes are limited per day (429).
 */
export async function updateProfile(
  db: Db,
  actor: Actor,
  input: ProfileUpdate,
  ctx: ServiceContext,
  today: string = todayInChina(),
): Promise<Me> {
  if (actor.kind !== 'applicant') throw forbidden();
  const hmac = ctx.pii.blindIndex(input.residentId);
  return inTransaction(db, async (trx) => {
    const before = await repo.lockIdentity(trx, actor.userId);
    if (!before) throw notFound();
    const idChanged = !before.resident_id_enc || ctx.pii.decrypt(before.resident_id_enc) !== input.residentId;
    const nameChanged = before.name !== input.name;
    if (idChanged) await refuseTooManyIdChanges(trx, actor.userId);
    const owner = await repo.residentIdOwner(trx, hmac);
    const claimedElsewhere = owner !== undefined && owner !== actor.userId;
    const verified =
      !claimedElsewhere && (idChanged || nameChanged || before.identity_verified_at === null)
        ? await registryMatches(trx, hmac, input.name, today)
        : null;
    await repo.updateProfile(trx, actor.userId, {
      name: input.name,
      residentIdEnc: ctx.pii.encrypt(input.residentId),
      residentIdHmac: claimedElsewhere ? null : hmac,
      identity:
        verified === true
          ? { method: 'card_registry', by: null }
          : idChanged || nameChanged || claimedElsewhere
            ? 'clear'
            : 'keep',
    });
    if (claimedElsewhere) {
      await openDispute(trx, actor, ctx, {
        holderUserId: owner,
        residentIdHmac: hmac,
        note: null,
        reason: 'resident_id_claimed',
        residentId: input.residentId,
      });
    }
    await writeAudit(trx, ctx, {
      actor,
      action: 'account.profile.update',
      entity: 'app_user',
      entityId: actor.userId,
      details: {
        fields: ['name', 'residentId'],
        residentId: maskResidentId(input.residentId),
        residentIdChanged: idChanged,
        ...(verified === true ? { identityVerifiedBy: 'card_registry' } : {}),
        ...(claimedElsewhere ? { claimedElsewhere: true } : {}),
      },
    });
    return loadMe(trx, actor.userId, ctx);
  });
}

async function refuseTooManyIdChanges(db: Db, userId: string): Promise<void> {
  const recent = await repo.residentIdChangesSince(db, userId, 24);
  if (recent.count < RESIDENT_ID_CHANGES_PER_DAY) return;
  const retryAfterSeconds = Math.max(1, recent.retryAfterSeconds);
  throw new ApiError('rate_limited', {
    details: { retryAfterSeconds },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

/** 二(一)5 registry: a card valid today whose holder has this ID and this name (decision 0008). */
async function registryMatches(db: Db, hmac: string, name: string, today: string): Promise<boolean> {
  const cards = await cardsOfHolder(db, hmac);
  return cards.some(
    (c) =>
      c.status === 'valid' &&
      c.issue_date <= today &&
      today <= c.expiry_date &&
      sameName(c.holder_name, name),
  );
}

/** The caller's own full resident ID number; every reveal is audited. */
export async function revealOwnResidentId(db: Db, actor: Actor, ctx: ServiceContext): Promise<string> {
  return inTransaction(db, async (trx) => {
    const row = await repo.findResidentIdEnc(trx, actor.userId);
    if (!row?.resident_id_enc) throw notFound('error.not_found.residentId');
    const residentId = ctx.pii.decrypt(row.resident_id_enc);
    await writeAudit(trx, ctx, {
      actor,
      action: 'resident_id.reveal',
      entity: 'app_user',
      entityId: actor.userId,
      details: { subject: 'self', residentId: maskResidentId(residentId) },
    });
    return residentId;
  });
}

/**
 * Changes the password after checking the current one (wrong guesses are throttled like sign-in),
 * ends every session of the user and opens a new one for this browser.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: ChangePassword,
  ctx: ServiceContext,
): Promise<NewSession> {
  const attempt = await claimAttempt(db, [currentPasswordKey(ctx, actor.userId)]);
  const row = await repo.findPasswordHash(db, actor.userId);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
    await writeAudit(db, ctx, {
      actor,
      action: 'account.password.change.failure',
      entity: 'app_user',
      entityId: actor.userId,
      details: { reason: 'wrong_current_password' },
    });
    throw fieldError('currentPassword', 'validation.password.wrongCurrent');
  }
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(db, async (trx) => {
    await repo.updatePassword(trx, actor.userId, passwordHash);
    await deleteUserSessions(trx, actor.userId);
    const session = await createSession(trx, actor.userId);
    await attemptSucceeded(trx, attempt);
    await writeAudit(trx, ctx, {
      actor,
      action: 'account.password.change',
      entity: 'app_user',
      entityId: actor.userId,
      details: { sessionsRevoked: true },
    });
    return session;
  });
}

export type ApplicantView = {
  id: string;
  name: string;
  mobile: string;
  residentId: string | null;
  identity: IdentityView;
  disabled: boolean;
  createdAt: string;
};

/** 已核验 / 未核验, how and by whom; `disputed`: the number is claimed by another account too. */
export type IdentityView = {
  verifiedBy: repo.IdentityMethod | null;
  verifiedAt: string | null;
  verifiedByName: string | null;
  disputed: boolean;
};

const applicantReaders: readonly BureauRole[] = ['reviewer', 'approver', 'registrar', 'admin', 'auditor'];
const residentIdRevealers: readonly BureauRole[] = ['reviewer', 'registrar', 'admin'];

function requireAnyRole(actor: Actor, roles: readonly BureauRole[]): void {
  if (!roles.some((role) => hasBureauRole(actor, role))) throw forbidden();
}

/** An applicant as the bureau sees them: mobile and resident ID masked. */
export async function getApplicant(
  db: Db,
  actor: Actor,
  id: string,
  ctx: ServiceContext,
): Promise<ApplicantView> {
  requireAnyRole(actor, applicantReaders);
  const row = isUuid(id) ? await repo.findApplicant(db, id) : undefined;
  if (!row) throw notFound();
  return {
    id: row.id,
    name: row.name,
    mobile: maskMobile(row.login),
    residentId: row.resident_id_enc ? maskResidentId(ctx.pii.decrypt(row.resident_id_enc)) : null,
    identity: {
      verifiedBy: row.identity_verification_method,
      verifiedAt: row.identity_verified_at?.toISOString() ?? null,
      verifiedByName: row.identity_verified_by_name,
      disputed: row.resident_id_enc !== null && row.resident_id_hmac === null,
    },
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The full number, for the roles whose work needs it (not the auditor); audited. */
export async function revealApplicantResidentId(
  db: Db,
  actor: Actor,
  id: string,
  ctx: ServiceContext,
): Promise<string> {
  requireAnyRole(actor, residentIdRevealers);
  if (!isUuid(id)) throw notFound();
  return inTransaction(db, async (trx) => {
    const row = await repo.findApplicant(trx, id);
    if (!row) throw notFound();
    if (!row.resident_id_enc) throw notFound('error.not_found.residentId');
    const residentId = ctx.pii.decrypt(row.resident_id_enc);
    await writeAudit(trx, ctx, {
      actor,
      action: 'resident_id.reveal',
      entity: 'app_user',
      entityId: id,
      details: { subject: 'applicant', residentId: maskResidentId(residentId) },
    });
    return residentId;
  });
}

const identityVerifiers: readonly BureauRole[] = ['reviewer'];

/**
 * A reviewer who compared the ID-card scan with the name and number on file marks the identity
 * checked (decision 0008); audited. A number claimed by another account too is settled through its
 * dispute first.
 */
export async function verifyApplicantIdentity(
  db: Db,
  actor: Actor,
  id: string,
  ctx: ServiceContext,
): Promise<ApplicantView> {
  requireAnyRole(actor, identityVerifiers);
  if (!isUuid(id)) throw notFound();
  await inTransaction(db, async (trx) => {
    const row = await repo.lockIdentity(trx, id);
    if (!row) throw notFound();
    if (!row.resident_id_enc) throw notFound('error.not_found.residentId');
    if (!row.resident_id_hmac) throw conflict('error.conflict.identityDisputed');
    await repo.setIdentityVerified(trx, id, 'bureau_document_check', actor.userId);
    await writeAudit(trx, ctx, {
      actor,
      action: 'account.identity.verify',
      entity: 'app_user',
      entityId: id,
      details: {
        method: 'bureau_document_check',
        residentId: maskResidentId(ctx.pii.decrypt(row.resident_id_enc)),
      },
    });
  });
  return getApplicant(db, actor, id, ctx);
}

export const disputeInputSchema = z.object({
  residentId: residentIdSchema,
  note: decisionReasonSchema.shape.reason,
});
export type DisputeInput = z.infer<typeof disputeInputSchema>;

/**
 * The genuine owner of a number says it is theirs (decision 0008). Answered the same whoever holds the
 * number, or nobody; the bureau sees the dispute with both accounts. Counted against the same daily
 * limit as ID changes, since it probes the same thing.
 */
export async function raiseIdentityDispute(
  db: Db,
  actor: Actor,
  input: DisputeInput,
  ctx: ServiceContext,
): Promise<void> {
  if (actor.kind !== 'applicant') throw forbidden();
  const hmac = ctx.pii.blindIndex(input.residentId);
  await inTransaction(db, async (trx) => {
    await repo.lockIdentity(trx, actor.userId);
    await refuseTooManyIdChanges(trx, actor.userId);
    const owner = await repo.residentIdOwner(trx, hmac);
    const disputeId = await openDispute(trx, actor, ctx, {
      holderUserId: owner !== undefined && owner !== actor.userId ? owner : null,
      residentIdHmac: hmac,
      note: input.note,
      reason: 'raised_by_applicant',
      residentId: input.residentId,
    });
    // counts as a probe of the number, like a change of the profile's ID
    await writeAudit(trx, ctx, {
      actor,
      action: 'account.profile.update',
      entity: 'app_user',
      entityId: actor.userId,
      details: { fields: [], residentIdChanged: true, dispute: disputeId },
    });
  });
}

export type DisputeItem = {
  id: string;
  createdAt: string;
  note: string | null;
  claimant: { id: string; name: string; mobile: string };
  holder: { id: string; name: string; mobile: string } | null;
};

const disputeReaders: readonly BureauRole[] = ['reviewer', 'admin', 'auditor'];

/** Open identity disputes, oldest first, for the bureau (mobiles masked). */
export async function listIdentityDisputes(db: Db, actor: Actor): Promise<{ items: DisputeItem[] }> {
  requireAnyRole(actor, disputeReaders);
  const rows = await repo.openDisputes(db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      note: r.note,
      claimant: { id: r.claimant_user_id, name: r.claimant_name, mobile: maskMobile(r.claimant_login) },
      holder:
        r.holder_user_id && r.holder_name && r.holder_login
          ? { id: r.holder_user_id, name: r.holder_name, mobile: maskMobile(r.holder_login) }
          : null,
    })),
  };
}

/** An identity dispute opened for the applicant, with its audit row (decision 0008). */
async function openDispute(
  trx: Db,
  actor: Actor,
  ctx: ServiceContext,
  d: {
    holderUserId: string | null;
    residentIdHmac: string;
    note: string | null;
    reason: 'resident_id_claimed' | 'raised_by_applicant';
    residentId: string;
  },
): Promise<string> {
  const disputeId = await repo.insertDispute(trx, {
    claimantUserId: actor.userId,
    holderUserId: d.holderUserId,
    residentIdHmac: d.residentIdHmac,
    note: d.note,
  });
  await writeAudit(trx, ctx, {
    actor,
    action: 'identity_dispute.open',
    entity: 'identity_dispute',
    entityId: disputeId,
    details: { reason: d.reason, residentId: maskResidentId(d.residentId) },
  });
  return disputeId;
}
