export { type AppOptions, type AppType, createApp } from './app.js';
export type { Me } from './capabilities/accounts/service.js';
export { type Config, configFromEnv, defaultConfig } from './platform/config.js';
export type { ErrorBody } from './platform/errors.js';
export { createPii, loadPiiKey, type Pii } from './platform/pii.js';
export { DEMO_PASSWORD, DEMO_SIGN_INS, type DemoSignIn, type SeedResult, seedDemo } from './seed/seed.js';
export { type ServerOptions, startServer } from './server.js';
