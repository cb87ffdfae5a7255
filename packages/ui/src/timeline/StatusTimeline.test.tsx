import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/utils';
import {
  StatusTimeline,
  settlementTimelineSteps,
  type TimelineHistoryEntry,
  timelineSteps,
} from './StatusTimeline';

const entry = (
  event: string,
  from: string | null,
  to: string,
  extra: Partial<TimelineHistoryEntry> = {},
) => ({
  at: '2026-03-02T02:00:00.000Z',
  event,
  from,
  to,
  reason: null,
  actorKind: 'applicant',
  actorName: null,
  ...extra,
});

describe('StatusTimeline', () => {
  it('shows the state, who holds it, the deadline and the steps done so far', () => {
    renderWithProviders(
      <StatusTimeline
        steps={settlementTimelineSteps}
        state="under_review"
        holder="reviewer"
        dueOn="2026-03-09"
        overdueWorkingDays={2}
        history={[entry('create', null, 'draft'), entry('submit', 'draft', 'submitted')]}
      />,
    );
    expect(screen.getByTestId('status-timeline-state').textContent).toBe('审核中');
    expect(screen.getByTestId('status-timeline-holder').textContent).toBe('人社局审核员');
    expect(screen.getByTestId('status-timeline-due').textContent).toContain('2026-03-09');
    expect(screen.getByTestId('status-timeline-overdue').textContent).toBe('已超期2个工作日');
    expect(screen.getByTestId('status-timeline-step-submitted').dataset.status).toBe('done');
    expect(screen.getByTestId('status-timeline-step-under_review').getAttribute('aria-current')).toBe('step');
    expect(screen.getByTestId('status-timeline-step-registered').dataset.status).toBe('todo');
    const history = within(screen.getByTestId('status-timeline-history'));
    expect(
      history.getAllByRole('listitem').map((li) => li.querySelector('.timeline-event')?.textContent),
    ).toEqual(['提交', '创建申请']);
  });

  it('places a returned case where it left the path, with the reviewer’s reason, in English too', () => {
    renderWithProviders(
      <StatusTimeline
        steps={settlementTimelineSteps}
        state="returned"
        holder="applicant"
        history={[
          entry('submit', 'draft', 'submitted'),
          entry('start_review', 'submitted', 'under_review', { actorKind: 'bureau' }),
          entry('return', 'under_review', 'returned', { actorKind: 'bureau', reason: 'Scan is blurred' }),
        ]}
      />,
      { locale: 'en' },
    );
    expect(screen.getByTestId('status-timeline-step-under_review').dataset.status).toBe('done');
    expect(screen.getByTestId('status-timeline-step-returned').dataset.status).toBe('current');
    expect(screen.getByTestId('status-timeline-step-approved').dataset.status).toBe('todo');
    expect(screen.getByText(/Scan is blurred/).textContent).toBe('Reason: Scan is blurred');
    expect(screen.getByTestId('status-timeline-holder').textContent).toBe('The applicant');
    expect(screen.queryByTestId('status-timeline-due')).toBeNull();
  });

  it('ends the path at a final state off it', () => {
    const steps = timelineSteps(settlementTimelineSteps, 'rejected', null, [
      entry('submit', 'draft', 'submitted'),
      entry('reject', 'under_review', 'rejected'),
    ]);
    expect(steps.map((s) => `${s.state}:${s.status}`)).toEqual([
      'draft:done',
      'submitted:done',
      'under_review:done',
      'rejected:current',
    ]);
  });
});
