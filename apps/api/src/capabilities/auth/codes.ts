import { randomInt, timingSafeEqual } from 'node:crypto';
import {
  type CodePurpose,
  type CodeRequest,
  type mobileAccountKinds,
  verificationCodeRules,
} from '@talent/domain';
import { sql } from 'kysely';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, dbNow, inTransaction } from '../../platform/db.js';
import { fieldError } from '../../platform/errors.js';
import { maskMobile } from '../../platform/messages.js';
import { claimAttempt } from '../../platform/throttle.js';
import { sendSms } from '../notifications/service.js';
import * as repo from './repository.js';
import { codeRequestKeys } from './throttleKeys.js';

type MobileKind = (typeof mobileAccountKinds)[number];

/** The one answer to a wrong, used, expired or exhausted code: which of them it was is not said. */
export const invalidCode = () => fieldError('code', 'error.validation_failed.smsCode');

function mobileKey(ctx: Pick<ServiceContext, 'pii'>, kind: MobileKind, mobile: string): string {
  return ctx.pii.hash('sms.mobile', `${kind}:${mobile}`);
}

function codeHash(ctx: Pick<ServiceContext, 'pii'>, key: string, code: string): string {
  return ctx.pii.hash('sms.code', `${key}:${code}`);
}

/**
 * Sends a code to a mobile, or tells its holder why there is none. The caller always hears the same
 * (202), whether the mobile has an account or not, and the same work is done either way: one code
 * row (the last one is replaced), one audit row, and at most one SMS. For a sign-up whose mobile is
 * already registered the SMS points to password reset; a reset for a mobile without an (enabled)
 * account sends nothing.
 */
export async function requestCode(db: Db, input: CodeRequest, ctx: ServiceContext): Promise<void> {
  await claimAttempt(db, codeRequestKeys(ctx, input.purpose, input.mobile));
  const user = await repo.findUserForSignIn(db, input.kind, input.mobile);
  const key = mobileKey(ctx, input.kind, input.mobile);
  const code = String(randomInt(0, 10 ** verificationCodeRules.digits)).padStart(
    verificationCodeRules.digits,
    '0',
  );
  const minutes = verificationCodeRules.validMinutes;
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('verification_code')
      .set({ used_at: dbNow })
      .where('purpose', '=', input.purpose)
      .where('mobile_key', '=', key)
      .where('used_at', 'is', null)
      .execute();
    await trx
      .insertInto('verification_code')
      .values({
        purpose: input.purpose,
        mobile_key: key,
        code_hash: codeHash(ctx, key, code),
        expires_at: sql<Date>`now() + make_interval(mins => ${minutes}::int)`,
      })
      .execute();
    if (input.purpose === 'sign_up') {
      if (user) await sendSms(trx, { userId: user.id }, 'sms.auth.already_registered');
      else await sendSms(trx, { mobile: input.mobile }, 'sms.auth.sign_up_code', { code, minutes });
    } else if (user && user.disabled_at === null) {
      await sendSms(trx, { userId: user.id }, 'sms.auth.password_reset_code', { code, minutes });
    }
    await writeAudit(trx, ctx, {
      actor: null,
      action: 'auth.code.request',
      entity: 'app_user',
      entityId: user?.id ?? null,
      details: { purpose: input.purpose, kind: input.kind, mobile: maskMobile(input.mobile) },
    });
  });
  if (Math.random() < 0.02) await pruneCodes(db);
}

/** Codes a day past their expiry prove nothing any more; cheap, run now and then. */
export async function pruneCodes(db: Db): Promise<void> {
  await db
    .deleteFrom('verification_code')
    .where(sql<boolean>`expires_at < now() - interval '1 day'`)
    .execute();
}

/**
 * Counts one try of the newest live code for the mobile and answers its id when the code matches;
 * otherwise the uniform 400. The try is counted (and committed) before the comparison, so parallel
 * guesses share the five tries. The code is spent by `spendCode` in the caller's transaction.
 */
export async function checkCode(
  db: Db,
  purpose: CodePurpose,
  kind: MobileKind,
  mobile: string,
  code: string,
  ctx: Pick<ServiceContext, 'pii'>,
): Promise<number> {
  const key = mobileKey(ctx, kind, mobile);
  const { rows } = await sql<{ id: number; code_hash: string }>`
    update verification_code set attempts = attempts + 1
    where id = (
      select id from verification_code
      where purpose = ${purpose} and mobile_key = ${key} and used_at is null and expires_at > now()
      order by id desc limit 1)
    and attempts < ${verificationCodeRules.maxAttempts}::int
    returning id, code_hash`.execute(db);
  const row = rows[0];
  const expected = Buffer.from(codeHash(ctx, key, code));
  const stored = Buffer.from(row?.code_hash ?? '');
  if (!row || stored.length !== expected.length || !timingSafeEqual(stored, expected)) throw invalidCode();
  return Number(row.id);
}

/** Marks a checked code used, in the transaction of what it allowed; a code spent meanwhile is refused. */
export async function spendCode(db: Db, id: number): Promise<void> {
  const spent = await db
    .updateTable('verification_code')
    .set({ used_at: dbNow })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(spent.numUpdatedRows) !== 1) throw invalidCode();
}
