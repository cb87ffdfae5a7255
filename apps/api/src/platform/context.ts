import type { Actor, BureauRole } from '@talent/domain';
import type { SignInLimits } from './config.js';
import type { Pii } from './pii.js';

/** The signed-in user as the session check loads it: enough to answer GET /api/me without another query. */
export type SessionUser = {
  id: string;
  kind: Actor['kind'];
  login: string;
  name: string;
  roles: BureauRole[];
  employerRole: 'admin' | 'hr' | null;
  employer: { id: string; name: string; uscc: string; status: 'pending' | 'verified' | 'rejected' } | null;
  residentIdEnc: string | null;
  /** An admin set a temporary password: the portal asks for a new one before anything else. */
  mustChangePassword: boolean;
  /** Staff: the blind index of the person's resident ID, the key four eyes compares (decision 0008). */
  personKey: string | null;
  /** Applicants: how their identity was verified, null while it is not (decision 0008). */
  identityVerifiedBy: 'card_registry' | 'bureau_document_check' | null;
};

export type AuthState = {
  sessionId: string;
  expiresAt: Date;
  /** The expiry moved forward on this request: the cookie is sent again. */
  renewed: boolean;
  user: SessionUser;
  actor: Actor;
};

/** What a service needs besides the database and the actor: request facts for audit and throttling, keys. */
export type ServiceContext = {
  requestId: string | null;
  /** The client's address, or 'unknown' when there is none (in-process test requests). */
  clientAddress: string;
  pii: Pii;
  signInLimits: SignInLimits;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    auth: AuthState | null;
    /**
     * The route template (/api/settlements/:id) the permission guard matched: metrics and logs name a
     * request it refused by the route it was for, since no handler of that route ran.
     */
    guardedRoute?: string;
  };
};
