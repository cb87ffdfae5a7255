import { RecentNotifications, useI18n } from '@talent/ui';

/** The latest notices to the signed-in staff member, e.g. the bureau's verdict on the organisation. */
export function RecentNotices() {
  const { t } = useI18n();
  return <RecentNotifications title={t('employer.home.notices')} />;
}
