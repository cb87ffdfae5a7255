// The API's response shapes (type-only imports: nothing of the server ships to the browser).
export type {
  ApplicationSummary,
  ApplicationView,
  CollectiveEmployerItem,
  DocumentItem,
  EmployerItem,
  NotificationItem,
  NotificationPage,
  PermitView,
  PoliceStationItem,
  ProfileView,
  PublicPermit,
} from '@talent/api/client';
