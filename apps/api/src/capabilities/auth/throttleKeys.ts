import type { AccountKind } from '@talent/domain';
import type { ServiceContext } from '../../platform/context.js';
import type { ThrottleKey, ThrottleRule } from '../../platform/throttle.js';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Sign-in: the free failures of one (account, address) pair, then 1 minute doubling to 30; an
 * address across accounts gets many more free failures (an office shares one) before the same
 * delays. No key depends on the account alone, so a stranger elsewhere cannot lock its owner out.
 */
export function signInKeys(ctx: ServiceContext, kind: AccountKind, login: string): ThrottleKey[] {
  const accountKey = accountThrottleKey(ctx, kind, login);
  const pair: ThrottleRule = {
    free: ctx.signInLimits.perPair,
    baseSeconds: MINUTE,
    capSeconds: 30 * MINUTE,
    forgetSeconds: 24 * HOUR,
  };
  const keys: ThrottleKey[] = [
    {
      key: ctx.pii.hash('throttle.pair', `${kind}:${login}\n${ctx.clientAddress}`),
      rule: pair,
      accountKey,
      clearOnSuccess: true,
    },
  ];
  // In-process requests (tests) have no address; one shared 'unknown' bucket would stop everybody.
  if (ctx.clientAddress !== 'unknown') {
    keys.push({
      key: ctx.pii.hash('throttle.address', ctx.clientAddress),
      rule: {
        free: ctx.signInLimits.perAddress,
        baseSeconds: MINUTE,
        capSeconds: 15 * MINUTE,
        forgetSeconds: HOUR,
      },
    });
  }
  return keys;
}

/** What ties every pair of one account together, for an admin's unlock or a password reset. */
export function accountThrottleKey(
  ctx: Pick<ServiceContext, 'pii'>,
  kind: AccountKind,
  login: string,
): string {
  return ctx.pii.hash('throttle.account', `${kind}:${login}`);
}

/** Checking the current password before changing it: per user, as a sign-in pair. */
export function currentPasswordKey(ctx: ServiceContext, userId: string): ThrottleKey {
  return {
    key: ctx.pii.hash('throttle.password', userId),
    rule: {
      free: ctx.signInLimits.perPair,
      baseSeconds: MINUTE,
      capSeconds: 30 * MINUTE,
      forgetSeconds: 24 * HOUR,
    },
    clearOnSuccess: true,
  };
}

/**
 * SMS codes cost money and reach a person's phone: one per mobile and purpose, then 1 minute (the
 * portal's resend countdown) doubling to 30; 20 per address before the same delays. Per purpose, so
 * that someone who has just registered can still reset the password at once.
 */
export function codeRequestKeys(ctx: ServiceContext, purpose: string, mobile: string): ThrottleKey[] {
  const keys: ThrottleKey[] = [
    {
      key: ctx.pii.hash('throttle.sms.mobile', `${purpose}:${mobile}`),
      rule: { free: 1, baseSeconds: MINUTE, capSeconds: 30 * MINUTE, forgetSeconds: HOUR },
    },
  ];
  if (ctx.clientAddress !== 'unknown') {
    keys.push({
      key: ctx.pii.hash('throttle.sms.address', ctx.clientAddress),
      rule: { free: 20, baseSeconds: MINUTE, capSeconds: 30 * MINUTE, forgetSeconds: HOUR },
    });
  }
  return keys;
}
