import {
  type AccountKind,
  type BureauRole,
  type EmployerStaffRole,
  mayCall,
  type Operation,
} from '@talent/domain';
import type { Me } from './types';

/** Who may see a navigation item or a page; every listed condition must hold, an empty list means anyone. */
export type Audience = {
  kinds?: readonly AccountKind[];
  /** Bureau: any one of these roles. */
  roles?: readonly BureauRole[];
  /** Employer: any one of these staff roles. */
  employerRoles?: readonly EmployerStaffRole[];
  /** Those the API lets call this operation (the permission table): a page shown for what it loads. */
  calls?: Operation;
};

export function canSee(audience: Audience, user: Me | null): boolean {
  if (user === null) return false;
  if (audience.kinds && !audience.kinds.includes(user.kind)) return false;
  if (audience.roles && !audience.roles.some((r) => user.roles.includes(r))) return false;
  if (
    audience.employerRoles &&
    (user.employerRole === null || !audience.employerRoles.includes(user.employerRole))
  )
    return false;
  if (audience.calls && !mayCall(audience.calls, user)) return false;
  return true;
}

export const SIGN_IN_PATH = '/sign-in';

/**
 * The page to return to after signing in, from `?next=`: only a path inside this portal (one leading
 * slash), so a crafted link cannot send the user to another site.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`)) return '/';
  return next;
}

export function signInPathFor(target: string): string {
  return target === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}
