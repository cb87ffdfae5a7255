import {
  defaultPolicyVersion,
  evaluateSettlement,
  settlementDraftSchema,
  settlementFactsOf,
} from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/utils';
import { EligibilityTrace } from './EligibilityTrace';

const draft = settlementDraftSchema.parse({
  route: 'graduate',
  settleAt: 'talent_centre_collective',
  countyCode: '621002',
  members: [{ name: '王芳', residentId: makeResidentId({ birthDate: '1999-01-01' }), relation: 'spouse' }],
  documents: { graduationCertificate: '00000000-0000-4000-8000-000000000001', electronicTransfer: true },
});
const evaluation = evaluateSettlement(
  settlementFactsOf({ draft, applicationDate: '2026-03-01', graduationDate: '2025-06-30' }),
  defaultPolicyVersion,
);

describe('EligibilityTrace', () => {
  it('lists each criterion with its status, measured against required, and its clause', () => {
    renderWithProviders(<EligibilityTrace evaluation={evaluation} memberNames={['王芳']} />);
    expect(screen.getByTestId('eligibility-trace-outcome').textContent).toBe('有不符合的条件');
    const fresh = screen.getByTestId('eligibility-trace-graduate.fresh');
    expect(fresh.dataset.status).toBe('pass');
    expect(fresh.textContent).toContain('8个月');
    expect(fresh.textContent).toContain('24个月');
    expect(fresh.textContent).toContain('二(一)4');
    const place = screen.getByTestId('eligibility-trace-settlement.place');
    expect(place.textContent).toContain('人才交流中心集体户');
    expect(screen.getByTestId('eligibility-trace-document.resident_id_card').textContent).toContain('未提交');
    expect(screen.getByTestId('eligibility-trace-family.allowed').dataset.status).toBe('fail');
  });

  it('speaks the reader’s language', () => {
    renderWithProviders(<EligibilityTrace evaluation={evaluation} />, { locale: 'en' });
    expect(screen.getByTestId('eligibility-trace-outcome').textContent).toBe('A condition is not met');
    expect(screen.getByTestId('eligibility-trace-document.graduation_certificate').textContent).toContain(
      'awaiting verification',
    );
  });
});
