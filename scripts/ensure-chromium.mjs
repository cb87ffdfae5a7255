// The end-to-end journeys drive Debian's Chromium; a browser download is not possible here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without a CJK font every Chinese character in a screenshot is an empty box.
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

export function ensureChromium(log = console.log) {
  const packages = [
    ...(existsSync(CHROMIUM) ? [] : ['chromium']),
    ...(existsSync(CJK_FONT) ? [] : ['fonts-wqy-zenhei']),
  ];
  if (packages.length === 0) return CHROMIUM;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${packages.join(', ')}: sudo apt-get install -y ${packages.join(' ')}`);
  }
  log(`installing ${packages.join(', ')} from Debian packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) throw new Error('chromium installation did not produce /usr/bin/chromium');
  return CHROMIUM;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureChromium();
