import {
  type Actor,
  type EmployerDecisionInput,
  type EmployerStaffCreate,
  type EmployerStatus,
  hasBureauRole,
  maskName,
  type OrganisationProfile,
  type OrgType,
  type PageQuery,
  type SettlementState,
  type TalentRelation,
  type Tier,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import {
  ApiError,
  conflict,
  fieldError,
  forbidden,
  notFound,
  uniqueViolation,
} from '../../platform/errors.js';
import { maskMobile } from '../../platform/messages.js';
import { hashPassword } from '../../platform/password.js';
import { isUuid } from '../../platform/router.js';
import * as authRepo from '../auth/repository.js';
import { notify } from '../notifications/service.js';
import { adminEmployerOf, employerOf } from './access.js';
import * as repo from './repository.js';

/** The organisation as its own staff see it. */
export type Organisation = {
  id: string;
  name: string;
  uscc: string;
  /** e.g. 'uscc.checksum_mismatch': an early pilot code the bureau confirms by hand. */
  usccWarnings: string[];
  status: EmployerStatus;
  decidedAt: string | null;
  /** The bureau's reason when it rejected the organisation. */
  decisionReason: string | null;
  orgType: OrgType | null;
  countyCode: string | null;
  address: string | null;
  licenceDocumentId: string | null;
  /** The licence's file, for the portal's upload field and preview. */
  licence: Licence | null;
  keepsCollectiveHousehold: boolean;
  collectiveCapacity: number;
  /** Places taken: accepted members whose application is not rejected or withdrawn. */
  collectiveMembers: number;
  contactName: string;
  contactMobile: string;
};

export type Licence = { id: string; mime: string; originalName: string; sizeBytes: number; url: string };

function toOrganisation(row: repo.EmployerRow, members: number, licence: Licence | null): Organisation {
  return {
    id: row.id,
    name: row.name,
    uscc: row.uscc,
    usccWarnings: row.uscc_warnings,
    status: row.status,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionReason: row.decision_reason,
    orgType: row.org_type,
    countyCode: row.county_code,
    address: row.address,
    licenceDocumentId: row.licence_document_id,
    licence,
    keepsCollectiveHousehold: row.keeps_collective_household,
    collectiveCapacity: row.collective_capacity,
    collectiveMembers: members,
    contactName: row.contact_name,
    contactMobile: maskMobile(row.contact_mobile),
  };
}

/** The organisation with the places its collective household has taken and its licence's file. */
async function loadOrganisation(db: Db, employerId: string): Promise<Organisation> {
  const row = await repo.findEmployer(db, employerId);
  if (!row) throw notFound();
  const doc = row.licence_document_id ? await repo.findLicence(db, row.licence_document_id) : undefined;
  const licence = doc
    ? {
        id: doc.id,
        mime: doc.mime,
        originalName: doc.original_name,
        sizeBytes: doc.size_bytes,
        // served by the documents capability (GET /api/documents/:id/content)
        url: `/api/documents/${doc.id}/content`,
      }
    : null;
  return toOrganisation(row, await repo.collectiveMembers(db, employerId), licence);
}

export async function getOrganisation(db: Db, actor: Actor): Promise<Organisation> {
  return loadOrganisation(db, employerOf(actor));
}

/**
 * The admin edits the profile. A verified organisation keeps the name the bureau verified; a rejected
 * one that saves its corrected profile goes back to the bureau's queue. The collective household may
 * not shrink below the members it has already accepted (二(二)4).
 */
export async function updateOrganisation(
  db: Db,
  actor: Actor,
  input: OrganisationProfile,
  ctx: ServiceContext,
): Promise<Organisation> {
  const employerId = adminEmployerOf(actor);
  return inTransaction(db, async (trx) => {
    const before = await repo.findEmployerForUpdate(trx, employerId);
    if (!before) throw notFound();
    if (before.status === 'verified' && input.name !== before.name) {
      throw conflict('error.conflict.employerNameLocked');
    }
    if (
      input.licenceDocumentId !== null &&
      input.licenceDocumentId !== before.licence_document_id &&
      !(await repo.documentOwnedByEmployer(trx, input.licenceDocumentId, employerId))
    ) {
      throw fieldError('licenceDocumentId', 'validation.employer.licenceNotOwned');
    }
    const members = await repo.collectiveMembers(trx, employerId);
    const places = input.keepsCollectiveHousehold ? input.collectiveCapacity : 0;
    if (places < members) {
      throw fieldError(
        input.keepsCollectiveHousehold ? 'collectiveCapacity' : 'keepsCollectiveHousehold',
        'validation.employer.capacityBelowMembers',
      );
    }
    const resubmit = before.status === 'rejected';
    await repo.updateProfile(trx, employerId, input, resubmit);
    await writeAudit(trx, ctx, {
      actor,
      action: 'employer.profile.update',
      entity: 'employer',
      entityId: employerId,
      details: {
        fields: changedFields(before, input),
        ...(resubmit ? { from: 'rejected', to: 'pending' } : {}),
      },
    });
    return loadOrganisation(trx, employerId);
  });
}

function changedFields(before: repo.EmployerRow, input: OrganisationProfile): string[] {
  const pairs: [string, unknown, unknown][] = [
    ['name', before.name, input.name],
    ['orgType', before.org_type, input.orgType],
    ['countyCode', before.county_code, input.countyCode],
    ['address', before.address, input.address],
    ['licenceDocumentId', before.licence_document_id, input.licenceDocumentId],
    ['keepsCollectiveHousehold', before.keeps_collective_household, input.keepsCollectiveHousehold],
    ['collectiveCapacity', before.collective_capacity, input.collectiveCapacity],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([name]) => name);
}

// --- staff

export type EmployerStaffItem = {
  id: string;
  name: string;
  mobile: string;
  role: 'admin' | 'hr';
  disabled: boolean;
  createdAt: string;
};
export type EmployerStaffPage = { items: EmployerStaffItem[]; total: number; page: number; pageSize: number };
export type StaffQuery = Omit<PageQuery, 'sort' | 'q'> & { sort?: repo.StaffSort | undefined };

function toStaffItem(row: repo.StaffRow): EmployerStaffItem {
  return {
    id: row.id,
    name: row.name,
    mobile: maskMobile(row.login),
    role: row.employer_role,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listStaff(db: Db, actor: Actor, query: StaffQuery): Promise<EmployerStaffPage> {
  const employerId = adminEmployerOf(actor);
  const { rows, total } = await repo.listStaff(db, employerId, {
    sort: query.sort ?? 'createdAt',
    order: query.order ?? 'asc',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toStaffItem), total, page: query.page, pageSize: query.pageSize };
}

/** The admin opens an HR officer's account, who signs in with the mobile and the initial password. */
export async function createStaff(
  db: Db,
  actor: Actor,
  input: EmployerStaffCreate,
  ctx: ServiceContext,
): Promise<EmployerStaffItem> {
  const employerId = adminEmployerOf(actor);
  if (await authRepo.loginExists(db, 'employer', input.mobile)) throw conflict('error.conflict.mobileTaken');
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(db, async (trx) => {
      const userId = await authRepo.insertUser(trx, {
        kind: 'employer',
        login: input.mobile,
        name: input.name,
        password_hash: passwordHash,
        employer_id: employerId,
        employer_role: 'hr',
      });
      await writeAudit(trx, ctx, {
        actor,
        action: 'employer.staff.add',
        entity: 'app_user',
        entityId: userId,
        details: { employerId, employerRole: 'hr', login: maskMobile(input.mobile) },
      });
      return toStaffItem(await repo.findStaff(trx, userId));
    });
  } catch (err) {
    if (uniqueViolation(err) !== undefined) throw conflict('error.conflict.mobileTaken');
    throw err;
  }
}

// --- the bureau's verification queue

export type EmployerQueueItem = Omit<Organisation, 'collectiveMembers' | 'licence'> & { createdAt: string };
export type EmployerQueuePage = { items: EmployerQueueItem[]; total: number; page: number; pageSize: number };
export type EmployerQueueQuery = Omit<PageQuery, 'sort'> & {
  sort?: repo.QueueSort | undefined;
  status?: EmployerStatus | undefined;
};

function toQueueItem(row: repo.EmployerRow): EmployerQueueItem {
  const { collectiveMembers: _, licence: __, ...organisation } = toOrganisation(row, 0, null);
  return { ...organisation, createdAt: row.created_at.toISOString() };
}

/** Reviewers and admins work the queue; auditors read it. */
export async function listEmployers(
  db: Db,
  actor: Actor,
  query: EmployerQueueQuery,
): Promise<EmployerQueuePage> {
  if (!(['reviewer', 'admin', 'auditor'] as const).some((role) => hasBureauRole(actor, role)))
    throw forbidden();
  const { rows, total } = await repo.listEmployers(db, {
    status: query.status,
    q: query.q,
    sort: query.sort ?? 'createdAt',
    order: query.order ?? 'asc',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toQueueItem), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The bureau verifies a pending organisation or rejects it with a reason; the organisation's admins
 * are told. A decided organisation is not decided again (409 with its status).
 */
export async function decideEmployer(
  db: Db,
  actor: Actor,
  id: string,
  input: EmployerDecisionInput,
  ctx: ServiceContext,
): Promise<EmployerQueueItem> {
  if (!hasBureauRole(actor, 'reviewer') && !hasBureauRole(actor, 'admin')) throw forbidden();
  if (!isUuid(id)) throw notFound();
  return inTransaction(db, async (trx) => {
    const before = await repo.findEmployerForUpdate(trx, id);
    if (!before) throw notFound();
    if (before.status !== 'pending') {
      throw new ApiError('conflict', {
        messageKey: 'error.conflict.employerDecided',
        details: { status: before.status },
      });
    }
    const status = input.decision === 'verify' ? 'verified' : 'rejected';
    const reason = input.reason ?? null;
    await repo.decide(trx, id, { status, decidedBy: actor.userId, reason });
    await writeAudit(trx, ctx, {
      actor,
      action: `employer.${input.decision}`,
      entity: 'employer',
      entityId: id,
      details: { from: before.status, to: status, reason },
    });
    for (const userId of await repo.adminIds(trx, id)) {
      await notify(trx, {
        userId,
        kind: `notification.employer.${input.decision}`,
        params: { name: before.name },
        entity: 'employer',
        entityId: id,
      });
    }
    const after = await repo.findEmployer(trx, id);
    if (!after) throw notFound();
    return toQueueItem(after);
  });
}

// --- the organisation's talent

export type TalentItem = {
  applicationId: string;
  number: string;
  name: string;
  tier: Tier | null;
  state: SettlementState;
  relations: TalentRelation[];
  /** The earlier of joining the collective household and the contract's start. */
  since: string | null;
  position: string | null;
};
export type TalentPage = { items: TalentItem[]; total: number; page: number; pageSize: number };
export type TalentQuery = Omit<PageQuery, 'sort' | 'q'> & {
  sort?: repo.TalentSort | undefined;
  relation?: TalentRelation | undefined;
};

/** An instant as the calendar date in China (UTC+8, no daylight saving). */
function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function toTalentItem(row: repo.TalentRow): TalentItem {
  const joined = row.collective_since ? chinaDate(row.collective_since) : null;
  const dates = [joined, row.employed_since].filter((d): d is string => d !== null).sort();
  const relations: TalentRelation[] = [];
  if (joined) relations.push('collective');
  if (row.employed_since) relations.push('employee');
  return {
    applicationId: row.application_id,
    number: row.number,
    name: maskName(row.applicant_name),
    tier: row.tier,
    state: row.state,
    relations,
    since: dates[0] ?? null,
    position: row.position,
  };
}

/** Admin and HR read the organisation's graduates; names masked. */
export async function listTalent(db: Db, actor: Actor, query: TalentQuery): Promise<TalentPage> {
  const employerId = employerOf(actor);
  const { rows, total } = await repo.listTalent(db, employerId, {
    relation: query.relation,
    sort: query.sort ?? 'since',
    order: query.order ?? 'desc',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toTalentItem), total, page: query.page, pageSize: query.pageSize };
}
