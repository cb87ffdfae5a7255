/** Bureau roles (policy.md "Who uses it"): the registrar is the public-security officer, finance the 财政 officer. */
export const bureauRoles = ['reviewer', 'approver', 'registrar', 'finance', 'admin', 'auditor'] as const;
export type BureauRole = (typeof bureauRoles)[number];

export const employerStaffRoles = ['admin', 'hr'] as const;
export type EmployerStaffRole = (typeof employerStaffRoles)[number];

export const accountKinds = ['applicant', 'employer', 'bureau'] as const;
export type AccountKind = (typeof accountKinds)[number];

/** Whoever acts on a record; every rule about "who may" takes one. `roles` is empty outside the bureau. */
export type Actor = {
  userId: string;
  kind: AccountKind;
  roles: readonly BureauRole[];
  employerId?: string;
  employerRole?: EmployerStaffRole;
};

export function hasBureauRole(actor: Actor, role: BureauRole): boolean {
  return actor.kind === 'bureau' && actor.roles.includes(role);
}
