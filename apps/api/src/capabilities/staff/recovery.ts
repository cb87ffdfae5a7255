import { randomInt } from 'node:crypto';
import { type Actor, hasBureauRole } from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, dbNow, inTransaction } from '../../platform/db.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { hashPassword } from '../../platform/password.js';
import { isUuid } from '../../platform/router.js';
import { deleteUserSessions } from '../../platform/session.js';
import { clearAccount } from '../../platform/throttle.js';
import { accountThrottleKey } from '../auth/throttleKeys.js';
import { findStaffForUpdate } from './repository.js';

// Bureau staff sign in with a username, not a mobile: an admin is their way back, never an SMS.

async function adminAction<T>(
  db: Db,
  actor: Actor,
  id: string,
  fn: (trx: Db, staff: { id: string; login: string }) => Promise<T>,
): Promise<T> {
  if (!hasBureauRole(actor, 'admin')) throw forbidden();
  if (!isUuid(id)) throw notFound();
  return inTransaction(db, async (trx) => {
    const staff = await findStaffForUpdate(trx, id);
    if (!staff) throw notFound();
    return fn(trx, staff);
  });
}

/** Lifts every sign-in delay of one staff account, from whatever address (admin; audited). */
export async function unlockStaff(db: Db, actor: Actor, id: string, ctx: ServiceContext): Promise<void> {
  await adminAction(db, actor, id, async (trx, staff) => {
    const cleared = await clearAccount(trx, accountThrottleKey(ctx, 'bureau', staff.login));
    await writeAudit(trx, ctx, {
      actor,
      action: 'staff.unlock',
      entity: 'app_user',
      entityId: staff.id,
      details: { throttlesCleared: cleared },
    });
  });
}

// No 0/O/1/l/I: the admin reads it out or writes it down.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 12 characters with a letter and a digit, as the password rules want. */
export function temporaryPassword(): string {
  for (;;) {
    const p = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    if (/[a-zA-Z]/.test(p) && /\d/.test(p)) return p;
  }
}

/**
 * Gives a staff account a temporary password, shown once to the admin, which the holder must
 * change at the next sign-in; every session ends and every sign-in delay is lifted (audited).
 */
export async function resetStaffPassword(
  db: Db,
  actor: Actor,
  id: string,
  ctx: ServiceContext,
): Promise<{ temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await adminAction(db, actor, id, async (trx, staff) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, password_changed_at: dbNow, must_change_password: true })
      .where('id', '=', staff.id)
      .execute();
    await deleteUserSessions(trx, staff.id);
    await clearAccount(trx, accountThrottleKey(ctx, 'bureau', staff.login));
    await writeAudit(trx, ctx, {
      actor,
      action: 'staff.password_reset',
      entity: 'app_user',
      entityId: staff.id,
      details: { sessionsRevoked: true, mustChangePassword: true },
    });
  });
  return { temporaryPassword: password };
}
