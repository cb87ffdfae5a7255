import type { PasswordReset } from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { maskMobile } from '../../platform/messages.js';
import { hashPassword } from '../../platform/password.js';
import { deleteUserSessions } from '../../platform/session.js';
import { clearAccount } from '../../platform/throttle.js';
import { updatePassword } from '../accounts/repository.js';
import { notify } from '../notifications/service.js';
import { checkCode, invalidCode, spendCode } from './codes.js';
import * as repo from './repository.js';
import { accountThrottleKey } from './throttleKeys.js';

/**
 * A forgotten password, replaced with a code sent to the account's mobile: every session of the
 * account ends, its sign-in delays are lifted (the way back for someone slowed down), the holder is
 * told in the app and by SMS, and it is audited. The password is hashed first, so every answer
 * takes as long.
 */
export async function resetPassword(db: Db, input: PasswordReset, ctx: ServiceContext): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const codeId = await checkCode(db, 'password_reset', input.kind, input.mobile, input.code, ctx);
  const user = await repo.findUserForSignIn(db, input.kind, input.mobile);
  if (!user || user.disabled_at !== null) throw invalidCode();
  await inTransaction(db, async (trx) => {
    await spendCode(trx, codeId);
    await updatePassword(trx, user.id, passwordHash);
    await deleteUserSessions(trx, user.id);
    await clearAccount(trx, accountThrottleKey(ctx, input.kind, input.mobile));
    await notify(trx, { userId: user.id, kind: 'notification.auth.password_reset' });
    await writeAudit(trx, ctx, {
      actor: { userId: user.id, kind: user.kind },
      action: 'auth.password_reset',
      entity: 'app_user',
      entityId: user.id,
      details: { kind: input.kind, login: maskMobile(input.mobile), sessionsRevoked: true },
    });
  });
}
