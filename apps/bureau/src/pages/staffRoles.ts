import type { BureauRole } from '@talent/domain';
import type { TranslationKey } from '@talent/ui';

/** The label key of a bureau role, for the staff table and the grants awaiting a second admin. */
export const roleKey = (role: BureauRole): TranslationKey => `role.${role}`;
