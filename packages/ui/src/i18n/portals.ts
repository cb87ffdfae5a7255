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

/** The parts' keys together: `A | B` turned into `A & B`. */
type AllOf<Part> = (Part extends unknown ? (part: Part) => void : never) extends (part: infer All) => void
  ? All
  : never;

/**
 * One catalogue of several parts. Called as `/* @__PURE__ *\/`, so the bundler drops a portal's
 * catalogue (and the parts only it uses) from the other portals' builds; an object spread it keeps.
 */
function merge<const T extends readonly UiCatalogue[]>(...parts: T): AllOf<T[number]> {
  return Object.assign({}, ...parts);
}

/** What every portal shows: the shell, sign-in and recovery, and @talent/ui's own components. */
export const commonUiMessages = /* @__PURE__ */ merge(
  sharedUiMessages,
  recoveryUiMessages,
  componentUiMessages,
);

export const applicantPortalMessages = /* @__PURE__ */ merge(
  commonUiMessages,
  settlementUiMessages,
  subsidyClaimUiMessages,
  noticeUiMessages,
  greenChannelUiMessages,
  personUiMessages,
  employerUiMessages,
);

export const employerPortalMessages = /* @__PURE__ */ merge(
  commonUiMessages,
  employerUiMessages,
  aftercareUiMessages,
  greenChannelUiMessages,
);

export const bureauPortalMessages = /* @__PURE__ */ merge(
  commonUiMessages,
  bureauUiMessages,
  settlementUiMessages,
  subsidyClaimUiMessages,
  noticeUiMessages,
  disbursementUiMessages,
  aftercareUiMessages,
  talentCardUiMessages,
  auditUiMessages,
  greenChannelUiMessages,
  personUiMessages,
  employerUiMessages,
);

/** A key of any portal's catalogue (portals.test.ts checks each portal holds the keys it uses). */
export type UiMessageKey =
  | keyof typeof applicantPortalMessages
  | keyof typeof employerPortalMessages
  | keyof typeof bureauPortalMessages;
