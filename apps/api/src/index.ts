export { type AppOptions, type AppType, createApp } from './app.js';
export type { Me } from './capabilities/accounts/service.js';
// For the queue benchmark (test/bench/queue.bench.ts): the queue's own SQL, the calendar it reads and
// the data generator (generateApplications, generatedSet below).
export { loadCalendar } from './capabilities/calendar/service.js';
export { queueFilter } from './capabilities/settlement/queue.js';
export { countQueue, queuePageQuery } from './capabilities/settlement/queueRepository.js';
export { type Config, configFromEnv, defaultConfig } from './platform/config.js';
export type { ErrorBody } from './platform/errors.js';
export { createPii, loadPiiKey, type Pii } from './platform/pii.js';
// For the green-channel benchmark (test/bench/greencard.bench.ts): its holders are signed in directly.
export { createSession, SESSION_COOKIE } from './platform/session.js';
export { generateApplications, generatedSet } from './seed/generate.js';
export { DEMO_PASSWORD, DEMO_SIGN_INS, type DemoSignIn, type SeedResult, seedDemo } from './seed/seed.js';
export { type ServerOptions, startServer } from './server.js';
export * as spreadsheetBombs from './testing/spreadsheetBombs.js';
