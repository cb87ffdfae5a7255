// The API's response shapes (type-only imports: nothing of the server ships to the browser).
export type {
  ApplicationSummary,
  ApplicationView,
  ClaimSummary,
  ClaimView,
  CollectiveEmployerItem,
  DocumentItem,
  EmployerItem,
  NotificationItem,
  NotificationPage,
  OwnCard,
  PermitView,
  PoliceStationItem,
  ProfileView,
  PublicPermit,
  SubsidyEligibility,
} from '@talent/api/client';
