import { Card, FormError, useCurrentUser, useT } from '@talent/ui';
import { Link } from 'react-router';
import { useOrganisation } from './useOrganisation';

/** Places taken and left in the collective household; the admin changes them on the profile. */
export function CollectiveSummary({ reloadKey }: { reloadKey: unknown }) {
  const t = useT();
  const user = useCurrentUser();
  const state = useOrganisation(reloadKey);
  if (state.status === 'error') return <FormError error={state.error} />;
  if (state.status === 'loading') return null;
  const org = state.organisation;
  return (
    <Card testId="collective-summary">
      <div className="form">
        <div data-testid="collective-capacity">
          {org.keepsCollectiveHousehold
            ? t('employer.placesUsed', { members: org.collectiveMembers, capacity: org.collectiveCapacity })
            : t('employer.noCollectiveHousehold')}
        </div>
        {user.employerRole === 'admin' && (
          <Link to="/organisation#collective" data-testid="collective-settings-link">
            {t('employer.collectiveSettings')}
          </Link>
        )}
      </div>
    </Card>
  );
}
