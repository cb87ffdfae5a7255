// Two API processes behind nginx on one fresh PostgreSQL database: journeys spread over both, one
// process killed mid-run (SIGKILL), and no request lost — the client retries what was in flight with the
// same Idempotency-Key. Needs nginx (/usr/sbin/nginx) and the PostgreSQL of TEST_DATABASE_URL (or
// 127.0.0.1:5432), on which it creates and drops a database of its own.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createPii, createSession, SESSION_COOKIE } from '@talent/api';
import { createDb, type DbHandle } from '@talent/db';
import { addDays, todayInChina } from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPlatform, startPlatform } from '../support/platform.js';
import { type RunningNginx, startNginx } from './nginx.js';

const server = new URL(process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
const database = `talent_cluster_${Date.now().toString(36)}_${process.pid}`;
const databaseUrl = Object.assign(new URL(server), { pathname: `/${database}` }).toString();
const piiKey = randomBytes(32);
const METRICS_TOKEN = 'cluster-metrics-token';
const HOLDERS = 24;

const psql = (command: string) =>
  execFileSync('psql', [server.toString(), '-qc', command], { stdio: 'pipe' });
let db: DbHandle;
let a: RunningPlatform;
let b: RunningPlatform;
let nginx: RunningNginx;

const instanceEnv = {
  PII_KEY: piiKey.toString('base64'),
  TRUST_PROXY: '1',
  METRICS_TOKEN,
  DB_POOL_SIZE: '5',
};

beforeAll(async () => {
  psql(`create database ${database}`);
  // one after the other: the first migrates and seeds, the second finds both done
  a = await startPlatform({ databaseUrl, env: instanceEnv });
  b = await startPlatform({ databaseUrl, env: instanceEnv });
  nginx = await startNginx([a.baseUrl, b.baseUrl].map((u) => Number(new URL(u).port)));
  db = await createDb({ databaseUrl, poolSize: 3 });
});

afterAll(async () => {
  try {
    await nginx?.stop();
    await a?.stop();
    await b?.stop();
    await db?.close();
  } finally {
    psql(`drop database if exists ${database} with (force)`);
  }
});

type Json = Record<string, unknown>;
type Sent = { status: number; body: Json; attempts: number; setCookie: string };

/**
 * A client that keeps its request when the process behind nginx dies: on a lost connection or a 502/
 * 503/504 it sends the same request again (same Idempotency-Key) until it gets an answer.
 */
async function send(
  baseUrl: string,
  method: string,
  path: string,
  options: { cookie?: string; body?: Json | FormData; key?: string } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { origin: baseUrl };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.key) headers['idempotency-key'] = options.key;
  if (options.body && !(options.body instanceof FormData)) headers['content-type'] = 'application/json';
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body:
          options.body === undefined
            ? undefined
            : options.body instanceof FormData
              ? options.body
              : JSON.stringify(options.body),
      });
      if ([502, 503, 504].includes(res.status) && attempt < 30) throw new Error(`gateway ${res.status}`);
      const text = await res.text();
      return {
        status: res.status,
        body: text ? (JSON.parse(text) as Json) : {},
        attempts: attempt,
        setCookie: res.headers.get('set-cookie') ?? '',
      };
    } catch (error) {
      if (attempt >= 30) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function pdfForm(name: string): FormData {
  const bytes = new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${name} ${Math.random()}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
  const form = new FormData();
  form.set('file', new Blob([bytes], { type: 'application/pdf' }), name);
  return form;
}

/** Served requests of one process, read from its own /api/metrics (not through nginx). */
async function servedBy(instance: RunningPlatform): Promise<number> {
  const res = await fetch(`${instance.baseUrl}/api/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const text = await res.text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('talent_http_requests_total{') && !l.includes('route="/api/metrics"'))
    .reduce((n, l) => n + Number(l.split(' ').at(-1)), 0);
}

/** A card holder written straight to the database, signed in by a session of the test's making. */
async function holder(i: number) {
  const pii = createPii(piiKey);
  const today = todayInChina();
  const residentId = makeResidentId({
    regionCode: '621002',
    birthDate: addDays('1982-01-01', i),
    sex: 'male',
  });
  const user = await db.db
    .insertInto('app_user')
    .values({
      kind: 'applicant',
      login: `177${String(10_000_000 + i).padStart(8, '0')}`,
      name: `集群持卡人${i}`,
      password_hash: 'cluster-no-sign-in',
      resident_id_enc: pii.encrypt(residentId),
      resident_id_hmac: pii.blindIndex(residentId),
      // name and ID as on the card below: verified by the registry (decision 0008), so 秒批 applies
      identity_verified_at: new Date(),
      identity_verification_method: 'card_registry',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const cardNumber = `CLUSTER-${i}`;
  await db.db
    .insertInto('talent_card')
    .values({
      card_number: cardNumber,
      holder_name: `集群持卡人${i}`,
      holder_resident_id_enc: pii.encrypt(residentId),
      holder_resident_id_hmac: pii.blindIndex(residentId),
      tier: 'A',
      issue_date: addDays(today, -100),
      expiry_date: addDays(today, 700),
    })
    .execute();
  const session = await createSession(db.db, user.id);
  return { id: user.id, cookie: `${SESSION_COOKIE}=${session.token}`, cardNumber };
}

/** The green-channel settlement journey of one holder, through nginx: proofs, draft, submit → 秒批. */
async function settlementJourney(h: Awaited<ReturnType<typeof holder>>, i: number) {
  const base = nginx.baseUrl;
  const spouse = await send(base, 'POST', '/api/documents', {
    cookie: h.cookie,
    body: pdfForm(`m-${i}.pdf`),
  });
  expect(spouse.status).toBe(201);
  const draft = await send(base, 'POST', '/api/settlements', {
    cookie: h.cookie,
    key: `cluster-draft-${i}`,
    body: {
      route: 'talent_card',
      talentCardNumber: h.cardNumber,
      settleAt: 'own_residence',
      countyCode: '621002',
      address: `西峰区集群路${i}号`,
      members: [
        {
          name: '集群配偶',
          residentId: makeResidentId({ birthDate: '1986-07-01', sex: 'female' }),
          relation: 'spouse',
          documentId: (spouse.body.document as Json).id,
        },
      ],
      documents: { electronicTransfer: false },
    },
  });
  expect([200, 201], JSON.stringify(draft.body)).toContain(draft.status);
  const item = draft.body.item as { id: string; version: number };
  const submit = await send(base, 'POST', `/api/settlements/${item.id}/events`, {
    cookie: h.cookie,
    body: { event: 'submit', version: item.version },
  });
  // a submit whose answer was lost with its process went through: the retry finds it moved on
  if (submit.status !== 200) expect(submit.attempts).toBeGreaterThan(1);
  return { draftAttempts: draft.attempts, submitAttempts: submit.attempts };
}

/** The subsidy journey of the demo's 孙悦, through nginx: sign-in, claim (idempotent), 初审 by a reviewer. */
async function subsidyJourney() {
  const base = nginx.baseUrl;
  // signing in again after a lost answer only opens one more session
  const signIn = async (kind: string, login: string) => {
    const res = await send(base, 'POST', '/api/auth/sign-in', {
      body: { kind, login, password: 'qingyang2026' },
    });
    expect(res.status).toBe(200);
    return res.setCookie.split(';')[0] ?? '';
  };
  const applicant = await signIn('applicant', '13800138020');
  const bank = { bankName: '中国建设银行', bankAccount: '6217 0012 3456 7890 123' };
  const first = await send(base, 'POST', '/api/subsidy-claims', {
    cookie: applicant,
    body: bank,
    key: 'cluster-claim',
  });
  const again = await send(base, 'POST', '/api/subsidy-claims', {
    cookie: applicant,
    body: bank,
    key: 'cluster-claim',
  });
  expect(first.status, JSON.stringify(first.body)).toBe(201);
  expect(again.status).toBe(200);
  const claim = first.body.item as { id: string; version: number };
  expect((again.body.item as { id: string }).id).toBe(claim.id);
  const reviewer = await signIn('bureau', 'reviewer');
  let view: { id: string; version: number; state?: string } = claim;
  for (const [event, to] of [
    ['start_review', 'under_review'],
    ['recommend', 'recommended'],
  ] as const) {
    const res = await send(base, 'POST', `/api/subsidy-claims/${view.id}/events`, {
      cookie: reviewer,
      body: { event, version: view.version },
    });
    // A retry of an event whose first answer died with its process finds it done: the 409 says the
    // claim already stands where the event leads (the version check makes the retry harmless).
    const stands = (res.body.error as { details?: { state: string; version: number } } | undefined)?.details;
    if (res.status === 409 && res.attempts > 1 && stands?.state === to) {
      view = { id: view.id, version: stands.version, state: stands.state };
      continue;
    }
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    view = res.body.item as typeof view;
  }
  return view;
}

describe('two API processes behind nginx on one PostgreSQL', () => {
  it('serves a document uploaded through one process from the other', async () => {
    const h = await holder(1000);
    const up = await send(a.baseUrl, 'POST', '/api/documents', { cookie: h.cookie, body: pdfForm('a.pdf') });
    expect(up.status).toBe(201);
    const url = (up.body.document as { url: string }).url;
    const read = await fetch(`${b.baseUrl}${url}`, { headers: { cookie: h.cookie } });
    expect(read.status).toBe(200);
    expect(await read.text()).toContain('a.pdf');
  });

  it('loses no request when one process is killed mid-run', async () => {
    const holders = await Promise.all(Array.from({ length: HOLDERS }, (_, i) => holder(i)));
    const results: Awaited<ReturnType<typeof settlementJourney>>[] = [];
    let next = 0;
    let killed = false;
    let servedBeforeKill: number[] = [];
    const worker = async () => {
      while (next < holders.length) {
        const i = next++;
        results.push(await settlementJourney(holders[i]!, i));
        if (!killed && results.length >= HOLDERS / 3) {
          killed = true;
          servedBeforeKill = [await servedBy(a), await servedBy(b)];
          b.kill();
        }
      }
    };
    const [claim] = await Promise.all([subsidyJourney(), ...Array.from({ length: 6 }, worker)]);
    expect(claim).toMatchObject({ state: 'recommended' });

    // both processes served journeys before one was killed
    expect(servedBeforeKill[0]).toBeGreaterThan(0);
    expect(servedBeforeKill[1]).toBeGreaterThan(0);
    // every holder has exactly one case, approved at once (秒批): nothing lost, nothing doubled
    const cases = await db.db
      .selectFrom('settlement_application as s')
      .innerJoin('app_user as u', 'u.id', 's.applicant_user_id')
      .select(['u.login', 's.state'])
      .where('u.login', 'like', '177%')
      .execute();
    expect(cases).toHaveLength(HOLDERS);
    expect(new Set(cases.map((c) => c.login)).size).toBe(HOLDERS);
    expect(cases.every((c) => c.state === 'approved')).toBe(true);
    console.log(
      `cluster: ${HOLDERS} journeys; requests before the kill: A ${servedBeforeKill[0]}, B ${servedBeforeKill[1]}; ` +
        `retried drafts ${results.filter((r) => r.draftAttempts > 1).length}, submits ${results.filter((r) => r.submitAttempts > 1).length}`,
    );
  });
});
