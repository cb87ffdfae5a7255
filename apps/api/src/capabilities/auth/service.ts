import {
  type Actor,
  type ApplicantSignUp,
  type EmployerSignUp,
  isMainlandMobile,
  normaliseMobile,
  parseUscc,
  type SignIn,
  type VerifiedApplicantSignUp,
  type VerifiedEmployerSignUp,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, conflict, uniqueViolation } from '../../platform/errors.js';
import { maskMobile } from '../../platform/messages.js';
import { hashPassword, verifyDummyPassword, verifyPassword } from '../../platform/password.js';
import { createSession, deleteSession, type NewSession } from '../../platform/session.js';
import { type Attempt, attemptSucceeded, claimAttempt, pruneThrottles } from '../../platform/throttle.js';
import { loadMe, type Me } from '../accounts/service.js';
import { checkCode, spendCode } from './codes.js';
import * as repo from './repository.js';
import { signInKeys } from './throttleKeys.js';

export type SignedIn = { user: Me; session: NewSession };

/**
 * A code sent to the mobile proves it is the person's (step 2 of sign-up). The password is hashed
 * before the code is checked, so a wrong code and a right one cost the same time.
 */
async function verifiedMobile(
  db: Db,
  kind: 'applicant' | 'employer',
  mobile: string,
  input: { code: string; password: string },
  ctx: ServiceContext,
): Promise<Verified> {
  const passwordHash = await hashPassword(input.password);
  const codeId = await checkCode(db, 'sign_up', kind, mobile, input.code, ctx);
  return { passwordHash, codeId };
}

type Verified = { passwordHash: string; codeId: number };

/** An applicant registers with the mobile a code was sent to, and is signed in. */
export async function signUpApplicantWithCode(
  db: Db,
  input: VerifiedApplicantSignUp,
  ctx: ServiceContext,
): Promise<SignedIn> {
  return signUpApplicant(db, input, ctx, await verifiedMobile(db, 'applicant', input.mobile, input, ctx));
}

/** An employer registers with a code sent to its contact's mobile; the contact is signed in. */
export async function signUpEmployerWithCode(
  db: Db,
  input: VerifiedEmployerSignUp,
  ctx: ServiceContext,
): Promise<SignedIn> {
  return signUpEmployer(
    db,
    input,
    ctx,
    await verifiedMobile(db, 'employer', input.contactMobile, input, ctx),
  );
}

/**
 * An applicant registers with a mobile number and is signed in. Without `verified` (the seed) the
 * mobile is taken on trust.
 */
export async function signUpApplicant(
  db: Db,
  input: ApplicantSignUp,
  ctx: ServiceContext,
  verified?: Verified,
): Promise<SignedIn> {
  if (await repo.loginExists(db, 'applicant', input.mobile)) throw conflict('error.conflict.mobileTaken');
  const passwordHash = verified?.passwordHash ?? (await hashPassword(input.password));
  return withConflicts(() =>
    inTransaction(db, async (trx) => {
      if (verified) await spendCode(trx, verified.codeId);
      const userId = await repo.insertUser(trx, {
        kind: 'applicant',
        login: input.mobile,
        name: input.name,
        password_hash: passwordHash,
      });
      const actor = { userId, kind: 'applicant' } as const;
      await writeAudit(trx, ctx, {
        actor,
        action: 'auth.sign_up',
        entity: 'app_user',
        entityId: userId,
        details: { kind: 'applicant', login: maskMobile(input.mobile) },
      });
      const session = await createSession(trx, userId);
      return { user: await loadMe(trx, userId, ctx), session };
    }),
  );
}

/**
 * An employer registers: the organisation (pending until the bureau verifies it, with any credit-code
 * warnings for the reviewer) and its contact person as the first admin, who is signed in.
 */
export async function signUpEmployer(
  db: Db,
  input: EmployerSignUp,
  ctx: ServiceContext,
  verified?: Verified,
): Promise<SignedIn> {
  if (await repo.usccExists(db, input.uscc)) throw conflict('error.conflict.usccTaken');
  if (await repo.loginExists(db, 'employer', input.contactMobile))
    throw conflict('error.conflict.mobileTaken');
  const parsed = parseUscc(input.uscc);
  const warnings = parsed.ok ? parsed.warnings : [];
  const passwordHash = verified?.passwordHash ?? (await hashPassword(input.password));
  return withConflicts(() =>
    inTransaction(db, async (trx) => {
      if (verified) await spendCode(trx, verified.codeId);
      const employerId = await repo.insertEmployer(trx, {
        uscc: input.uscc,
        name: input.orgName,
        status: 'pending',
        uscc_warnings: warnings,
        contact_name: input.contactName,
        contact_mobile: input.contactMobile,
      });
      const userId = await repo.insertUser(trx, {
        kind: 'employer',
        login: input.contactMobile,
        name: input.contactName,
        password_hash: passwordHash,
        employer_id: employerId,
        employer_role: 'admin',
      });
      const actor = { userId, kind: 'employer' } as const;
      await writeAudit(trx, ctx, {
        actor,
        action: 'employer.register',
        entity: 'employer',
        entityId: employerId,
        details: { uscc: input.uscc, usccWarnings: warnings },
      });
      await writeAudit(trx, ctx, {
        actor,
        action: 'auth.sign_up',
        entity: 'app_user',
        entityId: userId,
        details: {
          kind: 'employer',
          employerId,
          employerRole: 'admin',
          login: maskMobile(input.contactMobile),
        },
      });
      const session = await createSession(trx, userId);
      return { user: await loadMe(trx, userId, ctx), session };
    }),
  );
}

/**
 * Checks a password. Unknown account, wrong password and disabled account answer alike (and take
 * about as long: an unknown account still costs one argon2 verification). Failures slow down the
 * (account, address) pair and, far more loosely, the address (see throttleKeys.ts).
 */
export async function signIn(db: Db, input: SignIn, ctx: ServiceContext): Promise<SignedIn> {
  const login = normaliseLogin(input.kind, input.login);
  const masked = maskLogin(input.kind, login);

  let attempt: Attempt;
  try {
    attempt = await claimAttempt(db, signInKeys(ctx, input.kind, login));
  } catch (err) {
    if (err instanceof ApiError && err.code === 'rate_limited') {
      await writeAudit(db, ctx, {
        actor: null,
        action: 'auth.sign_in.failure',
        entity: 'app_user',
        entityId: null,
        details: { kind: input.kind, login: masked, reason: 'rate_limited' },
      });
    }
    throw err;
  }

  const user = await repo.findUserForSignIn(db, input.kind, login);
  const passwordOk = user
    ? await verifyPassword(user.password_hash, input.password)
    : await verifyDummyPassword(input.password);
  if (!user || !passwordOk || user.disabled_at !== null) {
    const reason = !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'disabled';
    await writeAudit(db, ctx, {
      actor: null,
      action: 'auth.sign_in.failure',
      entity: 'app_user',
      entityId: user?.id ?? null,
      details: { kind: input.kind, login: masked, reason },
    });
    if (Math.random() < 0.02) await pruneThrottles(db);
    throw new ApiError('invalid_credentials');
  }

  return inTransaction(db, async (trx) => {
    await attemptSucceeded(trx, attempt);
    const session = await createSession(trx, user.id);
    await writeAudit(trx, ctx, {
      actor: { userId: user.id, kind: user.kind },
      action: 'auth.sign_in',
      entity: 'app_user',
      entityId: user.id,
      details: { kind: input.kind, login: masked },
    });
    return { user: await loadMe(trx, user.id, ctx), session };
  });
}

/** Ends the caller's session (no-op without one). */
export async function signOut(db: Db, actor: Actor | null, sessionId: string | null, ctx: ServiceContext) {
  if (!actor || !sessionId) return;
  await inTransaction(db, async (trx) => {
    await deleteSession(trx, sessionId);
    await writeAudit(trx, ctx, {
      actor,
      action: 'auth.sign_out',
      entity: 'app_user',
      entityId: actor.userId,
    });
  });
}

/** Mobiles as typed (spaces, +86) become the stored form; bureau usernames are lower-case. */
function normaliseLogin(kind: SignIn['kind'], login: string): string {
  return kind === 'bureau' ? login.toLowerCase() : normaliseMobile(login);
}

/** What an audit row may keep of a login: a masked mobile, or the first two characters of anything else. */
export function maskLogin(kind: SignIn['kind'], login: string): string {
  if (kind !== 'bureau' && isMainlandMobile(login)) return maskMobile(login);
  const chars = Array.from(login);
  return `${chars.slice(0, 2).join('')}***`;
}

async function withConflicts<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const constraint = uniqueViolation(err);
    if (constraint === undefined) throw err;
    throw conflict(constraint.includes('uscc') ? 'error.conflict.usccTaken' : 'error.conflict.mobileTaken');
  }
}
