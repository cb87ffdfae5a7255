import type { LocalizedText } from '@talent/domain';
import { sharedUiMessages } from './catalogue';
import { aftercareUiMessages } from './catalogue.aftercare';
import { auditUiMessages } from './catalogue.audit';
import { bureauUiMessages } from './catalogue.bureau';
import { componentUiMessages } from './catalogue.components';
import { disbursementUiMessages } from './catalogue.disbursements';
import { employerUiMessages } from './catalogue.employer';
import { greenChannelUiMessages } from './catalogue.greenChannel';
import { noticeUiMessages } from './catalogue.notices';
import { personUiMessages } from './catalogue.persons';
import { recoveryUiMessages } from './catalogue.recovery';
import { settlementUiMessages } from './catalogue.settlement';
import { subsidyClaimUiMessages } from './catalogue.subsidyClaims';
import { talentCardUiMessages } from './catalogue.talentCards';

// Each portal ships only the catalogues its pages use (portals.test.ts reads the pages to check).

export type UiCatalogue = Readonly<Record<string, LocalizedText>>;

/** What every portal shows: the shell, sign-in and recovery, and @talent/ui's own components. */
export const commonUiMessages = {
  ...sharedUiMessages,
  ...recoveryUiMessages,
  ...componentUiMessages,
} as const satisfies UiCatalogue;

export const applicantPortalMessages = {
  ...commonUiMessages,
  ...settlementUiMessages,
  ...subsidyClaimUiMessages,
  ...noticeUiMessages,
  ...greenChannelUiMessages,
  ...personUiMessages,
  ...employerUiMessages,
} as const satisfies UiCatalogue;

export const employerPortalMessages = {
  ...commonUiMessages,
  ...employerUiMessages,
  ...aftercareUiMessages,
  ...greenChannelUiMessages,
} as const satisfies UiCatalogue;

export const bureauPortalMessages = {
  ...commonUiMessages,
  ...bureauUiMessages,
  ...settlementUiMessages,
  ...subsidyClaimUiMessages,
  ...noticeUiMessages,
  ...disbursementUiMessages,
  ...aftercareUiMessages,
  ...talentCardUiMessages,
  ...auditUiMessages,
  ...greenChannelUiMessages,
  ...personUiMessages,
  ...employerUiMessages,
} as const satisfies UiCatalogue;

/** A key of any portal's catalogue (portals.test.ts checks each portal holds the keys it uses). */
export type UiMessageKey =
  | keyof typeof applicantPortalMessages
  | keyof typeof employerPortalMessages
  | keyof typeof bureauPortalMessages;
