import {
  type Actor,
  type BureauAccountCreate,
  type BureauAccountUpdate,
  type BureauRole,
  hasBureauRole,
  type PageQuery,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, conflict, forbidden, notFound, uniqueViolation } from '../../platform/errors.js';
import { hashPassword } from '../../platform/password.js';
import { isUuid } from '../../platform/router.js';
import { deleteUserSessions, onlyBureauRoles } from '../../platform/session.js';
import * as repo from './repository.js';

export type StaffItem = {
  id: string;
  username: string;
  name: string;
  roles: BureauRole[];
  disabled: boolean;
  createdAt: string;
};

export type StaffPage = { items: StaffItem[]; total: number; page: number; pageSize: number };
export type StaffQuery = Omit<PageQuery, 'sort'> & { sort?: repo.StaffSort | undefined };

function toItem(row: repo.StaffRow): StaffItem {
  return {
    id: row.id,
    username: row.login,
    name: row.name,
    roles: onlyBureauRoles(row.roles),
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

function requireAdmin(actor: Actor): void {
  if (!hasBureauRole(actor, 'admin')) throw forbidden();
}

/** Bureau admins manage staff; auditors may read the list. */
export async function listStaff(db: Db, actor: Actor, query: StaffQuery): Promise<StaffPage> {
  if (!hasBureauRole(actor, 'admin') && !hasBureauRole(actor, 'auditor')) throw forbidden();
  const { rows, total } = await repo.listStaff(db, {
    q: query.q,
    sort: query.sort ?? 'username',
    order: query.order ?? 'asc',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toItem), total, page: query.page, pageSize: query.pageSize };
}

export async function createStaff(
  db: Db,
  actor: Actor,
  input: BureauAccountCreate,
  ctx: ServiceContext,
): Promise<StaffItem> {
  requireAdmin(actor);
  return insertStaffAccount(db, actor, input, ctx);
}

/**
 * The very first admin of an empty console (seed, installation). Refused as soon as any admin exists;
 * from then on admins create accounts through createStaff.
 */
export async function bootstrapAdmin(
  db: Db,
  input: BureauAccountCreate,
  ctx: ServiceContext,
): Promise<StaffItem> {
  if (!input.roles.includes('admin')) throw new ApiError('validation_failed');
  if (await repo.anyAdmin(db)) throw forbidden();
  return insertStaffAccount(db, null, input, ctx);
}

async function insertStaffAccount(
  db: Db,
  actor: Actor | null,
  input: BureauAccountCreate,
  ctx: ServiceContext,
): Promise<StaffItem> {
  if (await repo.usernameExists(db, input.username)) throw conflict('error.conflict.usernameTaken');
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(db, async (trx) => {
      const row = await repo.insertStaff(trx, { ...input, passwordHash });
      await writeAudit(trx, ctx, {
        actor,
        action: actor ? 'staff.create' : 'staff.bootstrap',
        entity: 'app_user',
        entityId: row.id,
        details: { username: row.login, roles: row.roles },
      });
      return toItem(row);
    });
  } catch (err) {
    if (uniqueViolation(err) !== undefined) throw conflict('error.conflict.usernameTaken');
    throw err;
  }
}

/**
 * Changes roles or the disabled flag. Disabling ends every session of the account. An admin cannot
 * take their own admin role or disable themself, and the last enabled admin cannot be removed, so the
 * console always keeps an admin.
 */
export async function updateStaff(
  db: Db,
  actor: Actor,
  id: string,
  input: BureauAccountUpdate,
  ctx: ServiceContext,
): Promise<StaffItem> {
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound();
  return inTransaction(db, async (trx) => {
    const before = await repo.findStaffForUpdate(trx, id);
    if (!before) throw notFound();
    const wasAdmin = before.roles.includes('admin') && before.disabled_at === null;
    const roles = input.roles ?? onlyBureauRoles(before.roles);
    const disabled = input.disabled ?? before.disabled_at !== null;
    const staysAdmin = roles.includes('admin') && !disabled;
    if (id === actor.userId) {
      if (disabled) throw conflict('error.conflict.selfDisable');
      if (!roles.includes('admin')) throw conflict('error.conflict.ownAdminRole');
    }
    if (wasAdmin && !staysAdmin && (await repo.otherEnabledAdmins(trx, id)) === 0) {
      throw conflict('error.conflict.lastAdmin');
    }
    const rolesChanged = input.roles !== undefined && !sameSet(input.roles, before.roles);
    const disabledChanged = disabled !== (before.disabled_at !== null);
    if (!rolesChanged && !disabledChanged) return toItem(before);

    const after = await repo.updateStaff(trx, id, {
      ...(rolesChanged ? { roles } : {}),
      ...(disabledChanged ? { disabled_at: disabled ? new Date() : null } : {}),
    });
    if (disabled && disabledChanged) await deleteUserSessions(trx, id);
    await writeAudit(trx, ctx, {
      actor,
      action: 'staff.update',
      entity: 'app_user',
      entityId: id,
      details: {
        before: { roles: before.roles, disabled: before.disabled_at !== null },
        after: { roles: after.roles, disabled: after.disabled_at !== null },
      },
    });
    return toItem(after);
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
