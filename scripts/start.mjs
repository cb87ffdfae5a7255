// `pnpm start`: build what is stale, migrate, seed the demo data, and serve the API and the three
// portals from one process on one port.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll, serverBundle } from './build.mjs';

const started = Date.now();
// The bundle's own location says nothing about where the project keeps its data: say it here.
process.env.TALENT_DATA_DIR ??= path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.data');
await buildAll();
const { startServer, DEMO_SIGN_INS } = await import(serverBundle);
const { close, port, engine } = await startServer({ seedDemo: true });

const base = `http://localhost:${port}`;
console.log(`
庆阳人才落户与激励平台 · Qingyang Talent — ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${engine})
  申请人门户 applicant portal   ${base}/
  用人单位门户 employer portal  ${base}/employer/
  工作台 bureau console         ${base}/bureau/
  API                          ${base}/api/  (health: ${base}/api/health, OpenAPI: ${base}/api/openapi.json)

Demo sign-ins (password ${DEMO_SIGN_INS[0]?.password} for all):`);
for (const s of DEMO_SIGN_INS) console.log(`  ${s.path.padEnd(11)} ${s.login.padEnd(12)} ${s.who}`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
