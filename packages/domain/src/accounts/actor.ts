/** Bureau roles (policy.md "Who uses it"): the registrar is the public-security officer, finance the 财政 officer. */
export const bureauRoles = ['reviewer', 'approver', 'registrar', 'finance', 'admin', 'auditor'] as const;
export type BureauRole = (typeof bureauRoles)[number];

/**
 * Roles that move money or hand out power: granting one takes a second admin's confirmation, another
 * person than the one who asked (decision 0008).
 */
export const elevatedBureauRoles = ['admin', 'approver', 'finance'] as const satisfies readonly BureauRole[];
export type ElevatedBureauRole = (typeof elevatedBureauRoles)[number];

export function isElevatedRole(role: string): role is ElevatedBureauRole {
  return (elevatedBureauRoles as readonly string[]).includes(role);
}

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
  /**
   * The natural person behind the account, for four eyes: a staff member's resident-ID blind index.
   * Absent, the account is its own person.
   */
  personKey?: string;
};

/** Who the actor is as a person: two accounts of one person are one pair of eyes. */
export function personOf(actor: Pick<Actor, 'userId' | 'personKey'>): string {
  return actor.personKey ?? actor.userId;
}

export function hasBureauRole(actor: Actor, role: BureauRole): boolean {
  return actor.kind === 'bureau' && actor.roles.includes(role);
}
