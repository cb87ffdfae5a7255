import { todayInChina } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { runScheduledJobs } from '../../platform/scheduler.js';
import { createTestHarness, testPii } from '../../testing/index.js';

const token = 'scrape-token-0123456789';

describe('GET /api/metrics', () => {
  it('does not exist without METRICS_TOKEN', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    expect((await h.call('GET', '/api/metrics')).status).toBe(404);
    expect((await h.call('GET', '/api/metrics', { cookie: admin.cookie })).status).toBe(404);
  });

  it('answers 401 without the token or with another, whoever is signed in', async () => {
    const h = await createTestHarness({ metricsToken: token });
    const admin = await h.bureau(['admin']);
    expect((await h.call('GET', '/api/metrics')).status).toBe(401);
    expect((await h.call('GET', '/api/metrics', { cookie: admin.cookie })).status).toBe(401);
    const wrong = await h.call('GET', '/api/metrics', { headers: { authorization: `Bearer ${token}x` } });
    expect(wrong.status).toBe(401);
  });

  it('counts requests by route template, with latency histograms, scheduler runs, pool and outbox', async () => {
    const h = await createTestHarness({ metricsToken: token });
    const g = await h.applicant();
    await h.call('GET', '/api/health');
    const finance = await h.bureau(['finance']);
    // a fixed path beside a parameter one (/disbursements/:id): the template of the handler that answered
    expect((await h.call('GET', '/api/disbursements/failed-lines', { cookie: finance.cookie })).status).toBe(
      200,
    );
    const id = crypto.randomUUID();
    expect((await h.call('GET', `/api/settlements/${id}`, { cookie: g.cookie })).status).toBe(404);
    await runScheduledJobs(h.db, { pii: testPii }, todayInChina());

    const res = await h.call('GET', '/api/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    expect(text).toMatch(
      /^talent_http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+$/m,
    );
    expect(text).toMatch(
      /^talent_http_requests_total\{method="GET",route="\/api\/settlements\/:id",status="404"\} \d+$/m,
    );
    expect(text).not.toContain(id);
    expect(text).toMatch(
      /^talent_http_requests_total\{method="GET",route="\/api\/disbursements\/failed-lines",status="200"\} \d+$/m,
    );
    expect(text).toMatch(
      /^talent_http_request_duration_seconds_bucket\{method="GET",route="\/api\/health",le="\+Inf"\} \d+$/m,
    );
    expect(text).toMatch(
      /^talent_http_request_duration_seconds_count\{method="GET",route="\/api\/health"\} \d+$/m,
    );
    expect(text).toMatch(/^talent_scheduler_runs_total\{job="employment reminders",outcome="ok"\} \d+$/m);
    expect(text).toMatch(/^talent_db_pool_connections\{state="total"\} \d+$/m);
    expect(text).toMatch(/^talent_sms_outbox_pending \d+$/m);
    // every sample line is name{labels} value
    for (const line of text
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#'))) {
      expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? [\d.e+-]+$/);
    }
  });
});
