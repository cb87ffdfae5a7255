import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from '../../platform/context.js';
import type { ApiDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';

/**
 * The end-to-end journeys sign up through the browser and need the code the SMS outbox holds; the
 * platform runs in another process with the database to itself. Only there (the same switch as
 * publicNotices/testClock.ts: NODE_ENV=test and TALENT_TEST_ROUTES=1), this route reads the newest
 * code sent to a mobile, with or without an account. Never in the OpenAPI document.
 */
export function testSmsRoutes(deps: ApiDeps) {
  const { db } = deps;
  return new Hono<AppEnv>().get('/testing/sms-codes/:mobile', async (c) => {
    const mobile = c.req.param('mobile');
    const row = await db
      .selectFrom('sms_outbox as s')
      .leftJoin('app_user as u', 'u.id', 's.user_id')
      .select(sql<string>`s.params->>'code'`.as('code'))
      .where((eb) => eb.or([eb('s.mobile', '=', mobile), eb('u.login', '=', mobile)]))
      .where(sql<boolean>`s.params ? 'code'`)
      .orderBy('s.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) throw notFound();
    return c.json({ code: row.code }, 200);
  });
}
