// Counters and latency histograms for GET /api/metrics (Prometheus text format 0.0.4). Per process:
// Prometheus scrapes each instance and sums. Labels are route templates and job names, never ids or
// personal data, so the number of series stays bounded.

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Histogram = { counts: number[]; sum: number; count: number };

const requests = new Map<string, number>();
const latency = new Map<string, Histogram>();
const schedulerRuns = new Map<string, number>();

function labels(pairs: Record<string, string>): string {
  const escaped = Object.entries(pairs).map(
    ([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return `{${escaped.join(',')}}`;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** One answered request: `route` is the matched template (/api/settlements/:id), not the path. */
export function observeRequest(method: string, route: string, status: number, seconds: number): void {
  bump(requests, labels({ method, route, status: String(status) }));
  const key = labels({ method, route });
  let h = latency.get(key);
  if (!h) {
    h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
    latency.set(key, h);
  }
  for (let i = 0; i < BUCKETS.length; i++)
    if (seconds <= (BUCKETS[i] as number)) h.counts[i] = (h.counts[i] ?? 0) + 1;
  h.sum += seconds;
  h.count += 1;
}

/** One run of a periodic job, in this process. */
export function observeSchedulerRun(job: string, outcome: 'ok' | 'failed'): void {
  bump(schedulerRuns, labels({ job, outcome }));
}

export type Gauge = { name: string; help: string; values: [Record<string, string>, number][] };

/** The text exposition: the process's counters and histograms, then gauges measured at scrape time. */
export function renderMetrics(gauges: Gauge[]): string {
  const out: string[] = [];
  out.push('# HELP talent_http_requests_total Requests answered, by route template and status.');
  out.push('# TYPE talent_http_requests_total counter');
  for (const [l, n] of requests) out.push(`talent_http_requests_total${l} ${n}`);
  out.push('# HELP talent_http_request_duration_seconds Time to answer, by route template.');
  out.push('# TYPE talent_http_request_duration_seconds histogram');
  for (const [l, h] of latency) {
    const inner = l.slice(1, -1);
    BUCKETS.forEach((le, i) => {
      out.push(`talent_http_request_duration_seconds_bucket{${inner},le="${le}"} ${h.counts[i]}`);
    });
    out.push(`talent_http_request_duration_seconds_bucket{${inner},le="+Inf"} ${h.count}`);
    out.push(`talent_http_request_duration_seconds_sum${l} ${h.sum}`);
    out.push(`talent_http_request_duration_seconds_count${l} ${h.count}`);
  }
  out.push('# HELP talent_scheduler_runs_total Runs of each periodic job in this process, by outcome.');
  out.push('# TYPE talent_scheduler_runs_total counter');
  for (const [l, n] of schedulerRuns) out.push(`talent_scheduler_runs_total${l} ${n}`);
  for (const g of gauges) {
    out.push(`# HELP ${g.name} ${g.help}`);
    out.push(`# TYPE ${g.name} gauge`);
    for (const [l, v] of g.values) out.push(`${g.name}${Object.keys(l).length ? labels(l) : ''} ${v}`);
  }
  return `${out.join('\n')}\n`;
}
