import { addDays, toDayNumber, todayInChina } from '@talent/domain';
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.js';
import type { ApiDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { closeDueNotices } from './closing.js';
import * as repo from './repository.js';

/**
 * The end-to-end journey cannot wait five working days for a notice period to end, and the
 * disbursement only batches instalments already due. Only there, this route moves one published
 * notice's period back by whole days so that it ended yesterday, then runs the scheduler's own
 * close for today: the award starts the day after the period, its first instalments are due, and
 * every rule in between is the production code's. It exists only when NODE_ENV=test and
 * TALENT_TEST_ROUTES=1 (test/support/globalSetup.ts starts the platform so), and is never in the
 * OpenAPI document.
 */
export function testRoutesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'test' && env.TALENT_TEST_ROUTES === '1';
}

export function testClockRoutes(deps: ApiDeps) {
  const { db, pii } = deps;
  return new Hono<AppEnv>().post('/testing/public-notices/:id/end-period', async (c) => {
    const id = c.req.param('id');
    if (!isUuid(id)) throw notFound();
    const notice = await repo.findNotice(db, id);
    if (!notice?.published_on || !notice.ends_on || notice.state !== 'published') throw notFound();
    const today = todayInChina();
    const shift = toDayNumber(notice.ends_on) - toDayNumber(addDays(today, -1));
    await db
      .updateTable('public_notice')
      .set({ published_on: addDays(notice.published_on, -shift), ends_on: addDays(notice.ends_on, -shift) })
      .where('id', '=', id)
      .execute();
    const closed = await closeDueNotices(db, today, { requestId: c.get('requestId') ?? null, pii });
    return c.json({ closed }, 200);
  });
}
