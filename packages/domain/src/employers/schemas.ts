import { z } from 'zod';
import { mobileSchema, passwordSchema, personNameSchema } from '../accounts/fields';
import { employerSignUpSchema } from '../accounts/schemas';
import { typeError } from '../accounts/typeError';
import { countyCodeSchema, idSchema, text } from '../settlement/fields';
import { decisionReasonSchema } from '../settlement/schemas';

/** Kinds of employer (用人单位): enterprises, public institutions, government bodies (policy.md "Who uses it"). */
export const orgTypes = [
  'enterprise',
  'public_institution',
  'government',
  'social_organisation',
  'other',
] as const;
export type OrgType = (typeof orgTypes)[number];

/** The bureau verifies each organisation before it may accept members or confirm hires. */
export const employerStatuses = ['pending', 'verified', 'rejected'] as const;
export type EmployerStatus = (typeof employerStatuses)[number];

export const employerDecisions = ['verify', 'reject'] as const;
export type EmployerDecision = (typeof employerDecisions)[number];

/** An employer's answer to a graduate asking to join its collective household (庆政办发〔2022〕44号 二(二)4). */
export const collectiveStatuses = ['pending', 'accepted', 'declined'] as const;
export type CollectiveStatus = (typeof collectiveStatuses)[number];

/** A graduate's report that they work here, and the employer's answer (二(一)4 先落户后就业). */
export const employmentReportStatuses = ['reported', 'confirmed', 'declined'] as const;
export type EmploymentReportStatus = (typeof employmentReportStatuses)[number];

/** The organisation's people: members of its collective household and confirmed employees. */
export const talentRelations = ['collective', 'employee'] as const;
export type TalentRelation = (typeof talentRelations)[number];

/** A collective household's places; the bound only keeps a typing slip from becoming a huge number. */
export const maxCollectiveCapacity = 10_000;

/** The same rule as the bureau's reasons: the graduate or the organisation reads it and acts on it. */
const reasonSchema = decisionReasonSchema.shape.reason;

const versionSchema = z
  .number(typeError('validation.employer.version'))
  .int('validation.employer.version')
  .min(1, 'validation.employer.version');

/**
 * The organisation's profile as its admin edits it. The credit code is not here: it identifies the
 * organisation and was checked at registration. The capacity is kept while no household is kept, so
 * switching it off and on again keeps the number; only a kept household takes members.
 */
export const organisationProfileSchema = z
  .object({
    name: employerSignUpSchema.shape.orgName,
    orgType: z.enum(orgTypes, typeError('validation.employer.orgType')),
    countyCode: countyCodeSchema,
    address: text(200, 'validation.address.length'),
    licenceDocumentId: idSchema.nullable(),
    keepsCollectiveHousehold: z.boolean(typeError('validation.boolean.invalid')),
    collectiveCapacity: z.coerce
      .number('validation.employer.capacity')
      .int('validation.employer.capacity')
      .min(0, 'validation.employer.capacity')
      .max(maxCollectiveCapacity, 'validation.employer.capacity'),
  })
  .superRefine((v, ctx) => {
    if (v.keepsCollectiveHousehold && v.collectiveCapacity < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['collectiveCapacity'],
        message: 'validation.employer.capacityRequired',
      });
    }
  });
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

/** The organisation's admin opens an account for an HR officer, who signs in with the mobile number. */
export const employerStaffCreateSchema = z.object({
  name: personNameSchema,
  mobile: mobileSchema,
  password: passwordSchema,
});
export type EmployerStaffCreate = z.infer<typeof employerStaffCreateSchema>;

/** The bureau verifies an organisation or rejects it; a rejection says why. */
export const employerDecisionSchema = z
  .object({
    decision: z.enum(employerDecisions, typeError('validation.employer.decision')),
    reason: reasonSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && v.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.reason.length' });
    }
  });
export type EmployerDecisionInput = z.infer<typeof employerDecisionSchema>;

/** Accepting a request or confirming a report: the version of the application the employer saw. */
export const employerActionSchema = z.object({ version: versionSchema });
export type EmployerAction = z.infer<typeof employerActionSchema>;

/** Declining a request or a report always says why; the graduate reads the reason. */
export const employerDeclineSchema = z.object({ version: versionSchema, reason: reasonSchema });
export type EmployerDecline = z.infer<typeof employerDeclineSchema>;
