import {
  type Actor,
  type BureauAccountCreate,
  type BureauAccountUpdate,
  type BureauRole,
  type ElevatedBureauRole,
  hasBureauRole,
  isElevatedRole,
  maskResidentId,
  type PageQuery,
  personOf,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, conflict, forbidden, notFound, uniqueViolation } from '../../platform/errors.js';
import { hashPassword } from '../../platform/password.js';
import type { Pii } from '../../platform/pii.js';
import { isUuid } from '../../platform/router.js';
import { deleteUserSessions, onlyBureauRoles } from '../../platform/session.js';
import * as repo from './repository.js';

export type StaffItem = {
  id: string;
  username: string;
  name: string;
  roles: BureauRole[];
  /** Elevated roles asked for and awaiting a second admin (decision 0008): not yet effective. */
  pendingRoles: BureauRole[];
  /** The person's resident ID, masked; null for an account created before persons were recorded. */
  residentId: string | null;
  disabled: boolean;
  createdAt: string;
};

export type StaffPage = { items: StaffItem[]; total: number; page: number; pageSize: number };
export type StaffQuery = Omit<PageQuery, 'sort'> & { sort?: repo.StaffSort | undefined };

function toItem(row: repo.StaffRow, pii: Pii, pendingRoles: readonly string[] = []): StaffItem {
  return {
    id: row.id,
    username: row.login,
    name: row.name,
    roles: onlyBureauRoles(row.roles),
    pendingRoles: onlyBureauRoles(pendingRoles),
    residentId: row.person_id_enc ? maskResidentId(pii.decrypt(row.person_id_enc)) : null,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

async function itemOf(db: Db, row: repo.StaffRow, pii: Pii): Promise<StaffItem> {
  const pending = await repo.pendingRolesOf(db, [row.id]);
  return toItem(row, pii, pending.get(row.id));
}

/** A unique violation on the active staff's person index: this person already has an active account. */
function personTaken(err: unknown): ApiError | undefined {
  const constraint = uniqueViolation(err);
  if (constraint === undefined) return undefined;
  return constraint === 'app_user_active_staff_person'
    ? conflict('error.conflict.personTaken')
    : conflict('error.conflict.usernameTaken');
}

function requireAdmin(actor: Actor): void {
  if (!hasBureauRole(actor, 'admin')) throw forbidden();
}

/** Bureau admins manage staff; auditors may read the list. */
export async function listStaff(
  db: Db,
  actor: Actor,
  query: StaffQuery,
  ctx: Pick<ServiceContext, 'pii'>,
): Promise<StaffPage> {
  if (!hasBureauRole(actor, 'admin') && !hasBureauRole(actor, 'auditor')) throw forbidden();
  const { rows, total } = await repo.listStaff(db, {
    q: query.q,
    sort: query.sort ?? 'username',
    order: query.order ?? 'asc',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const pending = await repo.pendingRolesOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => toItem(r, ctx.pii, pending.get(r.id))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * An admin creates an account. Admin, approver and finance are only asked for: each waits for a
 * second admin's confirmation (confirmGrant) before it takes effect (decision 0008).
 */
export async function createStaff(
  db: Db,
  actor: Actor,
  input: BureauAccountCreate,
  ctx: ServiceContext,
): Promise<StaffItem> {
  requireAdmin(actor);
  return insertStaffAccount(db, actor, input, ctx, 'grant');
}

/**
 * The seed's path (decision 0008): the demo needs admin, admin2, finance, finance2, approver and chief
 * working at once, and with a single admin nobody could confirm the first grants. Roles take effect at
 * once; audited as `staff.seed`. Only the seed command calls this.
 */
export async function seedStaff(db: Db, input: BureauAccountCreate, ctx: ServiceContext): Promise<StaffItem> {
  return insertStaffAccount(db, null, input, ctx, 'seed');
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
  return insertStaffAccount(db, null, input, ctx, 'bootstrap');
}

async function insertStaffAccount(
  db: Db,
  actor: Actor | null,
  input: BureauAccountCreate,
  ctx: ServiceContext,
  how: 'grant' | 'bootstrap' | 'seed',
): Promise<StaffItem> {
  if (await repo.usernameExists(db, input.username)) throw conflict('error.conflict.usernameTaken');
  const passwordHash = await hashPassword(input.password);
  const asked = actor && how === 'grant' ? input.roles.filter(isElevatedRole) : [];
  const roles = input.roles.filter((r) => !(asked as string[]).includes(r));
  try {
    return await inTransaction(db, async (trx) => {
      const row = await repo.insertStaff(trx, {
        username: input.username,
        name: input.name,
        roles,
        passwordHash,
        personIdEnc: ctx.pii.encrypt(input.residentId),
        personIdHmac: ctx.pii.blindIndex(input.residentId),
      });
      await writeAudit(trx, ctx, {
        actor,
        action: how === 'grant' ? 'staff.create' : `staff.${how}`,
        entity: 'app_user',
        entityId: row.id,
        details: { username: row.login, roles: row.roles, residentId: maskResidentId(input.residentId) },
      });
      if (actor) await requestGrants(trx, actor, row.id, asked, ctx);
      return itemOf(trx, row, ctx.pii);
    });
  } catch (err) {
    throw personTaken(err) ?? err;
  }
}

async function requestGrants(
  db: Db,
  actor: Actor,
  userId: string,
  roles: readonly ElevatedBureauRole[],
  ctx: ServiceContext,
): Promise<void> {
  if (roles.length === 0) return;
  await repo.insertGrants(db, userId, roles, actor.userId);
  await writeAudit(db, ctx, {
    actor,
    action: 'staff.grant.request',
    entity: 'app_user',
    entityId: userId,
    details: { roles },
  });
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
    const held = onlyBureauRoles(before.roles);
    // Elevated roles the account does not hold yet are asked for, not given (decision 0008).
    const asked = (input.roles ?? []).filter(
      (r) => isElevatedRole(r) && !held.includes(r),
    ) as ElevatedBureauRole[];
    const roles = input.roles ? input.roles.filter((r) => !(asked as string[]).includes(r)) : held;
    const disabled = input.disabled ?? before.disabled_at !== null;
    const staysAdmin = roles.includes('admin') && !disabled;
    if (id === actor.userId) {
      if (disabled) throw conflict('error.conflict.selfDisable');
      if (!roles.includes('admin')) throw conflict('error.conflict.ownAdminRole');
    }
    if (wasAdmin && !staysAdmin && (await repo.otherEnabledAdmins(trx, id)) === 0) {
      throw conflict('error.conflict.lastAdmin');
    }
    if (asked.length > 0 && !before.person_id_enc && !input.residentId) {
      throw conflict('error.conflict.personRequired');
    }
    if (
      input.residentId &&
      before.person_id_enc &&
      ctx.pii.decrypt(before.person_id_enc) !== input.residentId
    ) {
      throw conflict('error.conflict.personFixed');
    }
    const recordPerson = input.residentId !== undefined && !before.person_id_enc;
    if (input.roles !== undefined) {
      const cancelled = await repo.cancelGrantsExcept(trx, id, asked, actor.userId);
      if (cancelled.length > 0) {
        await writeAudit(trx, ctx, {
          actor,
          action: 'staff.grant.cancel',
          entity: 'app_user',
          entityId: id,
          details: { roles: cancelled },
        });
      }
    }
    await requestGrants(trx, actor, id, asked, ctx);
    const rolesChanged = input.roles !== undefined && !sameSet(roles, before.roles);
    const disabledChanged = disabled !== (before.disabled_at !== null);
    if (!rolesChanged && !disabledChanged && !recordPerson) return itemOf(trx, before, ctx.pii);

    const after = await repo
      .updateStaff(trx, id, {
        ...(rolesChanged ? { roles } : {}),
        ...(disabledChanged ? { disabled_at: disabled ? new Date() : null } : {}),
        ...(recordPerson && input.residentId
          ? {
              person_id_enc: ctx.pii.encrypt(input.residentId),
              person_id_hmac: ctx.pii.blindIndex(input.residentId),
            }
          : {}),
      })
      .catch((err: unknown) => {
        throw personTaken(err) ?? err;
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
        ...(recordPerson && input.residentId ? { residentId: maskResidentId(input.residentId) } : {}),
      },
    });
    return itemOf(trx, after, ctx.pii);
  });
}

export type GrantItem = {
  id: string;
  userId: string;
  username: string;
  name: string;
  role: ElevatedBureauRole;
  requestedBy: { id: string; name: string };
  requestedAt: string;
  /** The caller may not confirm it: they asked for it or would receive it (four eyes). */
  ownRequest: boolean;
};

/** Grants awaiting a second admin; auditors may read them. */
export async function listPendingGrants(db: Db, actor: Actor): Promise<{ items: GrantItem[] }> {
  if (!hasBureauRole(actor, 'admin') && !hasBureauRole(actor, 'auditor')) throw forbidden();
  const rows = await repo.pendingGrants(db);
  return {
    items: rows.map((g) => ({
      id: g.id,
      userId: g.user_id,
      username: g.username,
      name: g.name,
      role: g.role,
      requestedBy: { id: g.requested_by, name: g.requested_by_name },
      requestedAt: g.requested_at.toISOString(),
      ownRequest: isOwnGrant(g, actor),
    })),
  };
}

function isOwnGrant(g: repo.GrantRow, actor: Actor): boolean {
  const me = personOf(actor);
  return g.requested_by_person === me || g.grantee_person === me || g.user_id === actor.userId;
}

/**
 * A second admin — another person than the one who asked and than the grantee — confirms an elevated
 * role, which takes effect now, or refuses it. Four eyes on power itself (decision 0008).
 */
export async function decideGrant(
  db: Db,
  actor: Actor,
  grantId: string,
  decision: 'confirm' | 'refuse',
  ctx: ServiceContext,
): Promise<GrantItem> {
  requireAdmin(actor);
  if (!isUuid(grantId)) throw notFound();
  return inTransaction(db, async (trx) => {
    const grant = await repo.findGrantForUpdate(trx, grantId);
    if (!grant) throw notFound();
    if (grant.state !== 'pending') throw conflict('error.conflict.grantDecided');
    if (decision === 'confirm' && isOwnGrant(grant, actor)) {
      throw new ApiError('forbidden', { messageKey: 'error.forbidden.ownGrant' });
    }
    if (decision === 'confirm' && grant.grantee_disabled) {
      throw conflict('error.conflict.grantAccountDisabled');
    }
    await repo.decideGrant(trx, grantId, decision === 'confirm' ? 'confirmed' : 'refused', actor.userId);
    if (decision === 'confirm') await repo.addRole(trx, grant.user_id, grant.role);
    await writeAudit(trx, ctx, {
      actor,
      action: decision === 'confirm' ? 'staff.grant.confirm' : 'staff.grant.refuse',
      entity: 'app_user',
      entityId: grant.user_id,
      details: { grantId, role: grant.role, requestedBy: grant.requested_by },
    });
    return {
      id: grant.id,
      userId: grant.user_id,
      username: grant.username,
      name: grant.name,
      role: grant.role,
      requestedBy: { id: grant.requested_by, name: grant.requested_by_name },
      requestedAt: grant.requested_at.toISOString(),
      ownRequest: isOwnGrant(grant, actor),
    };
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
