import { defaultPolicyVersion, type PolicyVersion } from '@talent/domain';
import { unique } from '../../testing/index.js';

/** A far-future date no other test picks, so a shared PostgreSQL database keeps working. */
export function futureDate(): string {
  const year = 2200 + Math.floor(Math.random() * 700);
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  return `${year}-0${1 + Math.floor(Math.random() * 9)}-${day}`;
}

/** A valid version body taking effect on such a date. */
export function newVersion(overrides: Partial<PolicyVersion> = {}): PolicyVersion {
  return {
    ...defaultPolicyVersion,
    id: unique('v'),
    title: '测试参数',
    effectiveFrom: futureDate(),
    ...overrides,
  };
}
