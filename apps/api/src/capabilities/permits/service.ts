import { type Actor, maskResidentId } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import type { Pii } from '../../platform/pii.js';
import { isUuid } from '../../platform/router.js';
import { isVerificationCode } from '../settlement/permitCode.js';
import { findVisible } from '../settlement/repository.js';
import * as repo from './repository.js';

/** 准予迁入证明 as printed: the holder's own document, resident ID masked. */
export type PermitView = {
  number: string;
  verificationCode: string;
  verifyUrl: string;
  name: string;
  residentId: string | null;
  applicationNumber: string;
  settleAt: string;
  countyCode: string;
  address: string | null;
  policeStation: string | null;
  householdNumber: string | null;
  registrationDate: string | null;
  issuedAt: string;
};

/** What anyone holding the code may learn: that the permit is genuine, and no more than a masked name. */
export type PublicPermit = { genuine: true; number: string; maskedName: string; issuedAt: string };

export async function permitOf(
  db: Db,
  actor: Actor,
  applicationId: string,
  options: { pii: Pii; origin: string },
): Promise<PermitView> {
  if (!isUuid(applicationId)) throw notFound();
  // The holder prints it; bureau staff may look at it; employers have no business with it.
  if (actor.kind === 'employer') throw notFound();
  const application = await findVisible(db, actor, applicationId);
  if (!application) throw notFound();
  const row = await repo.findByApplication(db, applicationId);
  if (!row) throw notFound('error.not_found.permit');
  return {
    number: row.number,
    verificationCode: row.verification_code,
    verifyUrl: `${options.origin}/verify/${row.verification_code}`,
    name: row.name,
    residentId: row.resident_id_enc ? maskResidentId(options.pii.decrypt(row.resident_id_enc)) : null,
    applicationNumber: row.application_number,
    settleAt: row.settle_at,
    countyCode: row.county_code,
    address: row.address,
    policeStation: row.station_name,
    householdNumber: row.household_number,
    registrationDate: row.registration_date,
    issuedAt: row.issued_at.toISOString(),
  };
}

export async function verify(db: Db, code: string): Promise<PublicPermit> {
  const normalised = code.trim().toUpperCase();
  if (!isVerificationCode(normalised)) throw notFound('error.not_found.permit');
  const row = await repo.findByCode(db, normalised);
  if (!row) throw notFound('error.not_found.permit');
  return {
    genuine: true,
    number: row.number,
    maskedName: row.masked_name,
    issuedAt: row.issued_at.toISOString(),
  };
}
