/** Everything the API reads from the environment, read once at start-up. */
export type Config = {
  /** Take the client address from X-Forwarded-For and the scheme from X-Forwarded-Proto (behind nginx). */
  trustProxy: boolean;
  /** Origins (scheme://host[:port]) accepted on mutations besides the request's own host. */
  allowedOrigins: readonly string[];
  /** One line per request (method, path, status, ms, request id); LOG_REQUESTS=0 turns it off. */
  logRequests: boolean;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /**
   * Failed sign-ins before delays begin: per (account, address) pair, and per client address across
   * accounts. Per address is SIGN_IN_MAX_FAILURES_PER_ADDRESS, e.g. for test rigs on 127.0.0.1.
   */
  signInLimits: SignInLimits;
};

export type SignInLimits = { perPair: number; perAddress: number };

export const defaultConfig: Config = {
  trustProxy: false,
  allowedOrigins: [],
  logRequests: true,
  bodyLimitBytes: 1024 * 1024,
  // An office signs in from one address: its limit is generous, one person's typos must not stop the floor.
  signInLimits: { perPair: 5, perAddress: 50 },
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .map(normaliseOrigin)
      .filter((o): o is string => o !== null),
    logRequests: env.LOG_REQUESTS !== '0' && env.LOG_REQUESTS !== 'false',
    bodyLimitBytes: defaultConfig.bodyLimitBytes,
    signInLimits: {
      perPair: defaultConfig.signInLimits.perPair,
      perAddress: positiveInt(env.SIGN_IN_MAX_FAILURES_PER_ADDRESS) ?? defaultConfig.signInLimits.perAddress,
    },
  };
}

export function resolveConfig(partial: Partial<Config> | undefined): Config {
  const config = { ...defaultConfig, ...partial };
  return {
    ...config,
    allowedOrigins: config.allowedOrigins.map(normaliseOrigin).filter((o): o is string => o !== null),
  };
}

/** 'https://Example.org:443/' → 'https://example.org'; null when it is not an http(s) origin. */
export function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
