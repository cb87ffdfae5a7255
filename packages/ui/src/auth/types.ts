import type { AccountKind, BureauRole, EmployerStaffRole } from '@talent/domain';

export type EmployerStatus = 'pending' | 'verified' | 'rejected';

/**
 * The signed-in account as `GET /api/me` returns it. Kept here until the typed client
 * (`@talent/api/client`) exports the response type.
 */
export type Me = {
  id: string;
  kind: AccountKind;
  name: string;
  /** Masked mobile (applicant, employer) or the username (bureau). */
  login: string;
  roles: BureauRole[];
  employer: null | { id: string; name: string; uscc: string; status: EmployerStatus };
  employerRole: EmployerStaffRole | null;
  /** Masked; null until the applicant completes the profile. */
  residentId: string | null;
  /** Present after an admin set a temporary password: the portal asks for a new one first. */
  mustChangePassword?: true;
  /** Applicants: how the identity was verified (已核验), null while not (未核验). */
  identityVerifiedBy: 'card_registry' | 'bureau_document_check' | null;
};
