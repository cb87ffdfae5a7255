import { mayCall } from '@talent/domain';
import { Card, FormError, useCurrentUser, useT } from '@talent/ui';
import { Link } from 'react-router';
import { useOrganisation } from './useOrganisation';

/** Places taken and left in the collective household; the admin changes them on the profile. */
export function CollectiveSummary() {
  const t = useT();
  const user = useCurrentUser();
  const { data: org, error } = useOrganisation();
  if (error) return <FormError error={error} />;
  if (!org) return null;
  return (
    <Card testId="collective-summary">
      <div className="form">
        <div data-testid="collective-capacity">
          {org.keepsCollectiveHousehold
            ? t('employer.placesUsed', { members: org.collectiveMembers, capacity: org.collectiveCapacity })
            : t('employer.noCollectiveHousehold')}
        </div>
        {mayCall('PUT /api/employer/organisation', user) && (
          <Link to="/organisation#collective" data-testid="collective-settings-link">
            {t('employer.collectiveSettings')}
          </Link>
        )}
      </div>
    </Card>
  );
}
