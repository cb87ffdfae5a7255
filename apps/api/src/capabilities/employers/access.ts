import type { Actor } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import * as repo from './repository.js';

/** The organisation the caller works for; anyone else (applicant, bureau) may not use employer routes. */
export function employerOf(actor: Actor): string {
  if (actor.kind !== 'employer' || !actor.employerId || !actor.employerRole) throw forbidden();
  return actor.employerId;
}

/** Only the organisation's admin edits its profile and opens staff accounts; HR officers read. */
export function adminEmployerOf(actor: Actor): string {
  const employerId = employerOf(actor);
  if (actor.employerRole !== 'admin') throw forbidden();
  return employerId;
}

/**
 * Locks the caller's organisation and insists the bureau has verified it: an unverified organisation
 * may neither accept collective-household members (二(二)4) nor confirm hires (二(一)4).
 */
export async function lockVerifiedEmployer(trx: Db, employerId: string): Promise<repo.EmployerRow> {
  const employer = await repo.findEmployerForUpdate(trx, employerId);
  if (!employer) throw notFound();
  if (employer.status !== 'verified') {
    throw conflict('error.conflict.employerNotVerified');
  }
  return employer;
}
