import type { Actor, ApplicantProfile, Tier } from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { forbidden } from '../../platform/errors.js';
import * as repo from './repository.js';

/** Null fields until the applicant fills the form in. */
export type ProfileView = {
  registeredPlace: string | null;
  school: string | null;
  tier: Tier | null;
  major: string | null;
  graduationDate: string | null;
  certificateNo: string | null;
  complete: boolean;
};

function requireApplicant(actor: Actor): void {
  if (actor.kind !== 'applicant') throw forbidden();
}

export async function getProfile(db: Db, actor: Actor): Promise<ProfileView> {
  requireApplicant(actor);
  const row = await repo.findProfile(db, actor.userId);
  const view = {
    registeredPlace: row?.registered_place ?? null,
    school: row?.school ?? null,
    tier: row?.tier ?? null,
    major: row?.major ?? null,
    graduationDate: row?.graduation_date ?? null,
    certificateNo: row?.certificate_no ?? null,
  };
  return { ...view, complete: Object.values(view).every((v) => v !== null) };
}

/** The registered place and education; a submitted application keeps its own copy of them. */
export async function saveProfile(
  db: Db,
  actor: Actor,
  input: ApplicantProfile,
  ctx: Pick<ServiceContext, 'requestId'>,
): Promise<ProfileView> {
  requireApplicant(actor);
  await inTransaction(db, async (trx) => {
    await repo.upsertProfile(trx, actor.userId, {
      registered_place: input.registeredPlace,
      school: input.school,
      tier: input.tier,
      major: input.major,
      graduation_date: input.graduationDate,
      certificate_no: input.certificateNo,
    });
    await writeAudit(trx, ctx, {
      actor,
      action: 'applicant_profile.update',
      entity: 'applicant_profile',
      entityId: actor.userId,
      details: { tier: input.tier, graduationDate: input.graduationDate },
    });
  });
  return getProfile(db, actor);
}
