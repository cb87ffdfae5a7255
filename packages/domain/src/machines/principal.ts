import type { Actor, BureauRole, EmployerStaffRole } from '../accounts/actor';

/** Scheduled work (notice periods ending, windows closing, instant approval) acts as the system. */
export type SystemActor = { kind: 'system'; userId: 'system'; roles: readonly [] };
export const systemActor: SystemActor = { kind: 'system', userId: 'system', roles: [] };
export type Principal = Actor | SystemActor;

/** Who may fire an event: the applicant who owns the record, staff of its employer, bureau roles, the system. */
export type Who = {
  readonly applicant?: 'owner';
  readonly employer?: readonly EmployerStaffRole[];
  readonly bureau?: readonly BureauRole[];
  readonly system?: true;
};

/** The parties a record names, against which "owner" and "its employer" are checked. */
export type Parties = { readonly applicantUserId?: string; readonly employerId?: string };

export function mayAct(who: Who, record: Parties, actor: Principal): boolean {
  switch (actor.kind) {
    case 'system':
      return who.system === true;
    case 'applicant':
      return (
        who.applicant === 'owner' &&
        record.applicantUserId !== undefined &&
        record.applicantUserId === actor.userId
      );
    case 'employer':
      return (
        who.employer !== undefined &&
        actor.employerRole !== undefined &&
        actor.employerId !== undefined &&
        actor.employerId === record.employerId &&
        who.employer.includes(actor.employerRole)
      );
    case 'bureau':
      return who.bureau?.some((role) => actor.roles.includes(role)) ?? false;
  }
}
