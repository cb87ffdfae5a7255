export {
  ApiError,
  type ApiFetchOptions,
  apiFetch,
  buildUrl,
  type FieldIssue,
  isApiError,
  onUnauthenticated,
  setApiBase,
  toApiError,
} from './api/apiFetch';
export { api, call } from './api/client';
export { apiErrorText, fieldIssueText } from './api/errorText';
export { type NotificationPage, notificationsQuery } from './api/notifications';
export { createQueryClient, QueryProvider } from './api/query';
export { AuthProvider, type AuthState, useAuth, useCurrentUser } from './auth/AuthProvider';
export { type Audience, canSee, SIGN_IN_PATH, safeNextPath, signInPathFor } from './auth/access';
export { Forbidden, LoadingScreen, NotFound, RequireAccess, RequireAuth } from './auth/RequireAuth';
export type { EmployerStatus, Me } from './auth/types';
export { BarChart, type ChartProps, type ChartSeries, LineChart } from './charts/Chart';
export { ConfirmDialog, type ConfirmDialogProps } from './dialog/ConfirmDialog';
export { Dialog, type DialogProps } from './dialog/Dialog';
export { DialogFormActions } from './dialog/DialogFormActions';
export { ReasonDialog } from './dialog/ReasonDialog';
export { DocumentPreview } from './documents/DocumentPreview';
export { DocumentUpload, type DocumentUploadProps } from './documents/DocumentUpload';
export {
  type DocumentRef,
  precheckFile,
  type UploadFn,
  uploadDocument,
  uploadWithProgress,
} from './documents/uploadDocument';
export { EligibilityTrace, type TraceCriterion, type TraceEvaluation } from './eligibility/EligibilityTrace';
export { InstantApproval } from './eligibility/InstantApproval';
export { applyServerErrors } from './forms/applyServerErrors';
export { FormError, useCountdown, useRetryAfter } from './forms/FormError';
export {
  CheckboxGroup,
  type CheckboxGroupProps,
  type FieldForm,
  NewPasswordFields,
  type Option,
  PasswordField,
  type PasswordFieldProps,
  SelectField,
  type SelectFieldProps,
  SubmitButton,
  TextField,
  type TextFieldProps,
} from './forms/fields';
export { SmsCodeField, type SmsCodeFieldProps } from './forms/SmsCodeField';
export { type SubmitOptions, useFormSubmit } from './forms/useFormSubmit';
export { useZodForm } from './forms/useZodForm';
export { DISPLAY_TIME_ZONE, formatDate, formatDateTime } from './i18n/format';
export { I18nProvider, LanguageSwitch, type TFunction, useI18n, useT } from './i18n/I18nProvider';
export { countyName, countyOptions } from './i18n/places';
export {
  applicantPortalMessages,
  bureauPortalMessages,
  employerPortalMessages,
  type UiCatalogue,
  type UiMessageKey,
} from './i18n/portals';
export { isLocale, LOCALE_STORAGE_KEY, type TranslationKey, translate } from './i18n/translate';
export { ChangePasswordPage, changePasswordFormSchema } from './pages/ChangePasswordPage';
export { ForgotPasswordPage } from './pages/ForgotPasswordPage';
export { SignInPage, type SignInPageProps } from './pages/SignInPage';
export {
  AppShell,
  type AppShellProps,
  type NavItem,
  type Portal,
  roleSummary,
  visibleNavItems,
} from './shell/AppShell';
export { lazyPage } from './shell/lazyPage';
export { Badge, Notice, type Tone } from './shell/Notice';
export { Card, Facts, PageHeader, usePageTitle } from './shell/Page';
export { RecentNotifications } from './shell/RecentNotifications';
export { RouteError } from './shell/RouteError';
export { SignOutButton } from './shell/SignOutButton';
export { AwardSummary, PaymentHistory, type PaymentRow } from './subsidy/AwardSummary';
export { type CsvCell, csvField, downloadCsv, toCsv } from './table/csv';
export { DataTable, type DataTableFetcher, type DataTableProps } from './table/DataTable';
export { type PageQuery, type PageResult, readQuery, type SortOrder, writeQuery } from './table/query';
export { RowReport, type RowReportColumn, type RowReportProps } from './table/RowReport';
export { FilterSelect, useUrlFilter } from './table/useUrlFilter';
export {
  StatusTimeline,
  type StatusTimelineProps,
  settlementTimelineSteps,
  subsidyClaimTimelineSteps,
  type TimelineHistoryEntry,
  timelineSteps,
} from './timeline/StatusTimeline';
