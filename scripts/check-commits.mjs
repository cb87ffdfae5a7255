// The house's commit habit (decision 0014): a subject of at most 72 characters saying what changed,
// the why and the figures in a body. Checked for every commit since the habit was written down; a
// shallow clone that lacks that commit checks only what it has.
import { execFileSync } from 'node:child_process';

const since = 'c26c04e'; // the last commit before the habit was enforced
// Merged into main before this check ran on the branches they came from; rewriting them would change
// every later commit's hash. Nothing is added here: a new commit that breaks the habit is amended.
const mergedBeforeTheCheck = new Set([
  'de0f7fd4693e8a3589b4942a191e272aab3575d2', // api: eventBody formatted (no body)
  'ced5c9e6182cf9978a4296a84bba376041c0ec29', // applicant: the wizard's show() … (no body)
  '6339122c2d87a92d817cb0a71649b6e757ffbbf6', // bureau: typed client … (73 characters)
]);
const git = (...args) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

try {
  git('rev-parse', '--git-dir');
} catch {
  console.log('not a git checkout: no commits to check');
  process.exit(0);
}
let range = `${since}..HEAD`;
try {
  git('merge-base', '--is-ancestor', since, 'HEAD');
} catch {
  range = '-1';
}
const log = git('log', '--no-merges', '--format=%H%x1f%s%x1f%b%x1e', range);
const problems = [];
for (const entry of log.split('\x1e')) {
  const [hash, subject, body] = entry.trim().split('\x1f');
  if (!hash || mergedBeforeTheCheck.has(hash)) continue;
  if (subject.length > 72)
    problems.push(`${hash.slice(0, 7)}: subject is ${subject.length} characters (at most 72)`);
  if (!body?.trim()) problems.push(`${hash.slice(0, 7)}: no body (say why, and the figures)`);
}
if (problems.length > 0) {
  console.error(`commit habit (docs/decisions/0014):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('commit subjects ≤ 72 characters, each with a body');
