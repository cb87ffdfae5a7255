import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';
import { escapeLike } from '../staff/repository.js';

// Every SQL statement of the audit trail's reading side (the writer is platform/audit.ts).

export type AuditFilter = {
  /** The actor's name or login, in part. */
  actor?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** An action, or a prefix of one ending in '.' ('settlement.'). */
  action?: string | undefined;
  /** China calendar days, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
};

// A China day (UTC+8, no summer time) as the instant it starts.
const dayStart = (day: string, plusDays = 0) =>
  sql<Date>`((${day}::date + ${plusDays}::int) - interval '8 hours') at time zone 'UTC'`;

export async function listAudit(
  db: Db,
  filter: AuditFilter,
  page: { order: 'asc' | 'desc'; limit: number; offset: number },
) {
  let base = db.selectFrom('audit_log as l').leftJoin('app_user as u', 'u.id', 'l.actor_id');
  if (filter.actor) {
    const pattern = `%${escapeLike(filter.actor)}%`;
    base = base.where((eb) => eb.or([eb('u.name', 'ilike', pattern), eb('u.login', 'ilike', pattern)]));
  }
  if (filter.entity) base = base.where('l.entity', '=', filter.entity);
  if (filter.entityId) base = base.where('l.entity_id', '=', filter.entityId);
  if (filter.action) {
    base = filter.action.endsWith('.')
      ? base.where('l.action', 'like', `${escapeLike(filter.action)}%`)
      : base.where('l.action', '=', filter.action);
  }
  if (filter.from) base = base.where('l.at', '>=', dayStart(filter.from));
  if (filter.to) base = base.where('l.at', '<', dayStart(filter.to, 1));
  const rows = await base
    .select([
      'l.id',
      'l.seq',
      'l.at',
      'l.actor_id',
      'l.actor_kind',
      'u.name as actor_name',
      'l.action',
      'l.entity',
      'l.entity_id',
      'l.request_id',
      'l.details',
      'l.hash',
    ])
    .orderBy('l.seq', page.order)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}
