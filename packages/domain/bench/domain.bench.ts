/**
 * `pnpm bench:domain`: evaluate eligibility and calculate the award for 100,000 generated subsidy
 * claims, printing claims per second. The policy version is parsed once, as the API does per request
 * batch, never per claim.
 */
import {
  addDays,
  calculateAward,
  defaultPolicyVersion,
  evaluateSubsidy,
  type IsoDate,
  policyInForce,
  policyVersionSchema,
  type SubsidyFacts,
  type Tier,
  tiers,
} from '../src/index';

// The package compiles without Node's types (it does no I/O); the bench only needs these.
declare const console: { log(...args: unknown[]): void };
declare const performance: { now(): number };
declare const process: {
  cpuUsage(previous?: { user: number; system: number }): { user: number; system: number };
};

const CLAIMS = 100_000;
const ROUNDS = 5;

// A small deterministic generator keeps runs comparable.
let seed = 20_220_330;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

type Claim = { facts: SubsidyFacts; startDate: IsoDate };

function generateClaims(n: number): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const claimDate = addDays('2023-01-01', Math.floor(random() * 1000));
    const tier: Tier = pick(tiers);
    const facts: SubsidyFacts = {
      tier,
      claimDate,
      birthDate: addDays('1975-01-01', Math.floor(random() * 9000)),
      tierEvidence: pick(['verified', 'verified', 'verified', 'submitted'] as const),
      householdInQingyang: random() < 0.95,
      employment:
        random() < 0.85
          ? {
              kind: 'contract',
              contractMonths: pick([6, 12, 24, 36, 60]),
              inQingyang: true,
              employerConfirmed: random() < 0.9,
            }
          : { kind: 'business', inQingyang: random() < 0.9 },
      previousClaimsForTier: random() < 0.97 ? 0 : 1,
    };
    if (random() < 0.5) {
      const settledOn = addDays(claimDate, -Math.floor(random() * 900));
      facts.employmentReport = { settledOn, reportedOn: addDays(settledOn, Math.floor(random() * 800)) };
    }
    claims.push({ facts, startDate: addDays(claimDate, Math.floor(random() * 30)) });
  }
  return claims;
}

const versions = [policyVersionSchema.parse(defaultPolicyVersion)];
const claims = generateClaims(CLAIMS);

function run(): { eligible: number; totalFen: number } {
  let eligible = 0;
  let totalFen = 0;
  for (const claim of claims) {
    const policy = policyInForce(versions, claim.facts.claimDate);
    if (policy === undefined) throw new Error(`no policy in force on ${claim.facts.claimDate}`);
    const evaluation = evaluateSubsidy(claim.facts, policy);
    const award = calculateAward({ tier: claim.facts.tier, startDate: claim.startDate }, policy);
    if (evaluation.outcome === 'eligible') {
      eligible += 1;
      totalFen += award.totalFen;
    }
  }
  return { eligible, totalFen };
}

run(); // warm-up: let the JIT settle before measuring
const wallRates: number[] = [];
const cpuRates: number[] = [];
let last = { eligible: 0, totalFen: 0 };
for (let round = 0; round < ROUNDS; round++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  last = run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  wallRates.push(CLAIMS / seconds);
  cpuRates.push(CLAIMS / ((used.user + used.system) / 1e6));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (x: number) => Math.round(x).toLocaleString('en');
console.log(
  `claims: ${CLAIMS} × ${ROUNDS} rounds; eligible: ${last.eligible}; awarded: ${last.totalFen} fen`,
);
// Wall time suffers when other work shares the two cores; CPU time is this process's own.
console.log(`per CPU-second: ${fmt(median(cpuRates))} claims/s (median of ${ROUNDS})`);
console.log(
  `eligibility + award: ${fmt(median(wallRates))} claims/s (median; best ${fmt(Math.max(...wallRates))})`,
);
