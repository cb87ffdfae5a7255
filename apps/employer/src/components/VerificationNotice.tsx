import { Notice, useCurrentUser, useT } from '@talent/ui';
import { Link } from 'react-router';

/**
 * Until the bureau verifies the organisation it may not accept collective-household members or confirm
 * hires (the API answers 409): say so where those buttons would be, and what to do.
 */
export function VerificationNotice() {
  const t = useT();
  const { employer } = useCurrentUser();
  if (!employer || employer.status === 'verified') return null;
  return (
    <Notice tone={employer.status === 'rejected' ? 'error' : 'warning'} testId="org-not-verified">
      <p>{t(employer.status === 'rejected' ? 'employer.rejectedLimits' : 'employer.pendingLimits')}</p>
      <p>
        <Link to="/organisation">{t('employer.toOrganisation')}</Link>
      </p>
    </Notice>
  );
}

/** True when the organisation may act on requests and reports. */
export function useVerified(): boolean {
  return useCurrentUser().employer?.status === 'verified';
}
