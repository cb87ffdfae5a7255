import { accessOf, actorRolesOf, type Operation, type RoleHolder } from './permissions';

/**
 * Whether this account may call the operation, read from the one permission table the API guards
 * enforce: the portals show a page, a navigation entry or a button only to those the API would serve.
 * Nobody signed in may call only public operations.
 */
export function mayCall(operation: Operation, user: RoleHolder | null): boolean {
  const access = accessOf(operation);
  if (access === 'public') return true;
  if (user === null) return false;
  return actorRolesOf(user).some((role) => access.includes(role));
}
