import {
  type Actor,
  type BureauRole,
  type ChangePassword,
  hasBureauRole,
  maskResidentId,
  personNameSchema,
  residentIdSchema,
} from '@talent/domain';
import { z } from 'zod';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext, SessionUser } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { conflict, fieldError, forbidden, notFound, uniqueViolation } from '../../platform/errors.js';
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

/** An applicant records their name and resident ID (stored encrypted, with a blind index for uniqueness). */
export async function updateProfile(
  db: Db,
  actor: Actor,
  input: ProfileUpdate,
  ctx: ServiceContext,
): Promise<Me> {
  if (actor.kind !== 'applicant') throw forbidden();
  const hmac = ctx.pii.blindIndex(input.residentId);
  try {
    return await inTransaction(db, async (trx) => {
      const owner = await repo.residentIdOwner(trx, hmac);
      if (owner && owner !== actor.userId) throw conflict('error.conflict.residentIdTaken');
      await repo.updateProfile(trx, actor.userId, {
        name: input.name,
        residentIdEnc: ctx.pii.encrypt(input.residentId),
        residentIdHmac: hmac,
      });
      await writeAudit(trx, ctx, {
        actor,
        action: 'account.profile.update',
        entity: 'app_user',
        entityId: actor.userId,
        details: { fields: ['name', 'residentId'], residentId: maskResidentId(input.residentId) },
      });
      return loadMe(trx, actor.userId, ctx);
    });
  } catch (err) {
    if (uniqueViolation(err) !== undefined) throw conflict('error.conflict.residentIdTaken');
    throw err;
  }
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
  disabled: boolean;
  createdAt: string;
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
