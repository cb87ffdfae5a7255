import {
  type Actor,
  defaultPolicyVersion,
  diffPolicyVersions,
  hasBureauRole,
  type IsoDate,
  type PolicyChange,
  type PolicyVersion,
  policyVersionSchema,
  todayInChina,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { fieldError, forbidden, notFound, uniqueViolation } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import * as repo from './repository.js';

/**
 * The policy version in force on `date`: the latest stored version effective on or before it, else
 * the example defaults of policy.md. A stored body that no longer parses is skipped rather than
 * trusted, so one bad row falls back to the version before it.
 */
export async function loadPolicy(db: Db, date: IsoDate): Promise<PolicyVersion> {
  for (const row of await repo.policyBodiesUpTo(db, date)) {
    const parsed = policyVersionSchema.safeParse(row.body);
    if (parsed.success) return parsed.data;
  }
  return defaultPolicyVersion;
}

/**
 * The version an award was approved under, by its id: an award keeps its version even after a newer
 * one takes effect (二(四)5). Undefined when no stored or built-in version has that id.
 */
export async function loadPolicyById(db: Db, versionId: string): Promise<PolicyVersion | undefined> {
  if (versionId === defaultPolicyVersion.id) return defaultPolicyVersion;
  return (await parsedVersions(db)).find((v) => v.policy.id === versionId)?.policy;
}

/** The built-in version's key in the list (it has no row). */
export const BUILT_IN = 'default';

export type PolicyVersionItem = {
  /** The row's id, or 'default' for the built-in example table. */
  key: string;
  policy: PolicyVersion;
  effectiveFrom: string;
  createdBy: string | null;
  createdAt: string | null;
  /** in_force: the one applying today; future: takes effect later; past: replaced. */
  status: 'past' | 'in_force' | 'future';
};

type Parsed = { key: string; policy: PolicyVersion; row: repo.VersionRow | null };

async function parsedVersions(db: Db): Promise<Parsed[]> {
  const out: Parsed[] = [{ key: BUILT_IN, policy: defaultPolicyVersion, row: null }];
  for (const row of await repo.allVersions(db)) {
    const parsed = policyVersionSchema.safeParse(row.body);
    if (parsed.success) out.push({ key: row.id, policy: parsed.data, row });
  }
  return out.sort((a, b) => (a.policy.effectiveFrom < b.policy.effectiveFrom ? -1 : 1));
}

/** Every bureau role reads the parameters the rules apply; only an admin creates a version. */
function assertBureau(actor: Actor): void {
  if (actor.kind !== 'bureau' || actor.roles.length === 0) throw forbidden();
}

export async function listVersions(db: Db, actor: Actor): Promise<PolicyVersionItem[]> {
  assertBureau(actor);
  const today = todayInChina();
  const versions = await parsedVersions(db);
  const inForce = versions.filter((v) => v.policy.effectiveFrom <= today).at(-1);
  return versions.map((v) => ({
    key: v.key,
    policy: v.policy,
    effectiveFrom: v.policy.effectiveFrom,
    createdBy: v.row?.created_by_name ?? null,
    createdAt: v.row?.created_at.toISOString() ?? null,
    status: v === inForce ? 'in_force' : v.policy.effectiveFrom > today ? 'future' : 'past',
  }));
}

export type PolicyDiff = {
  version: { key: string; id: string; title: string; effectiveFrom: string };
  previous: { key: string; id: string; title: string; effectiveFrom: string } | null;
  changes: PolicyChange[];
};

const summary = (v: Parsed) => ({
  key: v.key,
  id: v.policy.id,
  title: v.policy.title,
  effectiveFrom: v.policy.effectiveFrom,
});

/** What a version changed from the one before it (by effective date); the first changes nothing. */
export async function versionDiff(db: Db, actor: Actor, key: string): Promise<PolicyDiff> {
  assertBureau(actor);
  if (key !== BUILT_IN && !isUuid(key)) throw notFound();
  const versions = await parsedVersions(db);
  const index = versions.findIndex((v) => v.key === key);
  const version = versions[index];
  if (!version) throw notFound();
  const previous = index > 0 ? versions[index - 1] : undefined;
  return {
    version: summary(version),
    previous: previous ? summary(previous) : null,
    changes: previous ? diffPolicyVersions(previous.policy, version.policy) : [],
  };
}

/**
 * A new version of the parameters, taking effect on a later day: what is in force today is never
 * changed underneath a claim already made (二(四)5, an award keeps its version). Its id and its
 * effective date are unique.
 */
export async function createVersion(
  db: Db,
  actor: Actor,
  policy: PolicyVersion,
  ctx: ServiceContext,
): Promise<PolicyVersionItem> {
  if (!hasBureauRole(actor, 'admin')) throw forbidden();
  if (policy.effectiveFrom <= todayInChina()) {
    throw fieldError('effectiveFrom', 'validation.policy.effectiveFromNotFuture');
  }
  try {
    const key = await inTransaction(db, async (trx) => {
      await repo.lockVersions(trx);
      const versions = await parsedVersions(trx);
      if (versions.some((v) => v.policy.id === policy.id))
        throw fieldError('id', 'validation.policy.idTaken');
      if (versions.some((v) => v.policy.effectiveFrom === policy.effectiveFrom)) {
        throw fieldError('effectiveFrom', 'validation.policy.effectiveFromTaken');
      }
      const { id } = await repo.insertVersion(trx, {
        effectiveFrom: policy.effectiveFrom,
        body: policy,
        createdBy: actor.userId,
      });
      const previous = versions.filter((v) => v.policy.effectiveFrom < policy.effectiveFrom).at(-1);
      await writeAudit(trx, ctx, {
        actor,
        action: 'policy.create_version',
        entity: 'policy_version',
        entityId: id,
        details: {
          versionId: policy.id,
          effectiveFrom: policy.effectiveFrom,
          changed: previous ? diffPolicyVersions(previous.policy, policy).map((c) => c.path) : [],
        },
      });
      return id;
    });
    const item = (await listVersions(db, actor)).find((v) => v.key === key);
    if (!item) throw notFound();
    return item;
  } catch (err) {
    // A stored row whose body no longer parses may still hold the date.
    if (uniqueViolation(err) !== undefined) {
      throw fieldError('effectiveFrom', 'validation.policy.effectiveFromTaken');
    }
    throw err;
  }
}
