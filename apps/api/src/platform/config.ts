/** Everything the API reads from the environment, read once at start-up. */
export type Config = {
  /**
   * How many reverse proxies stand in front of the API (TRUST_PROXY; 0: none). Behind them the client
   * address is the right-most X-Forwarded-For entry that none of them added, and the scheme and host
   * come from X-Forwarded-Proto and X-Forwarded-Host.
   */
  trustProxy: number;
  /** Origins (scheme://host[:port]) accepted on mutations besides the request's own origin. */
  allowedOrigins: readonly string[];
  /**
   * The origin browsers reach the platform at (PUBLIC_URL, e.g. https://talent.example.gov.cn), or
   * null. An https one makes every session cookie Secure, whatever the hop in front of the API says.
   */
  publicUrl: string | null;
  /** One line per request (method, path, status, ms, request id); LOG_REQUESTS=0 turns it off. */
  logRequests: boolean;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /**
   * Failed sign-ins before delays begin: per (account, address) pair, and per client address across
   * accounts. Per address is SIGN_IN_MAX_FAILURES_PER_ADDRESS, e.g. for test rigs on 127.0.0.1.
   */
  signInLimits: SignInLimits;
  /**
   * What one user may upload as documents within a rolling hour: UPLOAD_MAX_FILES_PER_HOUR and
   * UPLOAD_MAX_MIB_PER_HOUR (one person storing hundreds of MiB in seconds is no application).
   */
  uploadQuota: UploadQuota;
  /** Bearer token for GET /api/metrics (METRICS_TOKEN); without one the endpoint does not exist. */
  metricsToken: string | null;
};

export type UploadQuota = { filesPerHour: number; bytesPerHour: number };

export type SignInLimits = { perPair: number; perAddress: number };

/** What createApp accepts: `trustProxy: true` still means one proxy. */
export type ConfigOptions = Partial<Omit<Config, 'trustProxy'>> & { trustProxy?: number | boolean };

export const defaultConfig: Config = {
  trustProxy: 0,
  allowedOrigins: [],
  publicUrl: null,
  logRequests: true,
  bodyLimitBytes: 1024 * 1024,
  // An office signs in from one address: its limit is generous, one person's typos must not stop the floor.
  signInLimits: { perPair: 5, perAddress: 50 },
  // An application has a dozen or so documents of at most 10 MiB each.
  uploadQuota: { filesPerHour: 50, bytesPerHour: 100 * 1024 * 1024 },
  metricsToken: null,
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    trustProxy: trustedProxies(env.TRUST_PROXY),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .map(normaliseOrigin)
      .filter((o): o is string => o !== null),
    publicUrl: env.PUBLIC_URL ? requiredOrigin('PUBLIC_URL', env.PUBLIC_URL) : null,
    logRequests: env.LOG_REQUESTS !== '0' && env.LOG_REQUESTS !== 'false',
    bodyLimitBytes: defaultConfig.bodyLimitBytes,
    signInLimits: {
      perPair: defaultConfig.signInLimits.perPair,
      perAddress: positiveInt(env.SIGN_IN_MAX_FAILURES_PER_ADDRESS) ?? defaultConfig.signInLimits.perAddress,
    },
    uploadQuota: {
      filesPerHour: positiveInt(env.UPLOAD_MAX_FILES_PER_HOUR) ?? defaultConfig.uploadQuota.filesPerHour,
      bytesPerHour:
        (positiveInt(env.UPLOAD_MAX_MIB_PER_HOUR) ?? defaultConfig.uploadQuota.bytesPerHour / 2 ** 20) *
        2 ** 20,
    },
    metricsToken: env.METRICS_TOKEN || null,
  };
}

export function resolveConfig(options: ConfigOptions | undefined): Config {
  const config = { ...defaultConfig, ...options };
  return {
    ...config,
    trustProxy: Number(options?.trustProxy ?? defaultConfig.trustProxy),
    allowedOrigins: config.allowedOrigins.map(normaliseOrigin).filter((o): o is string => o !== null),
    publicUrl: config.publicUrl ? requiredOrigin('publicUrl', config.publicUrl) : null,
  };
}

/**
 * TRUST_PROXY: a number of proxies; the older boolean form still works (true or 1: one proxy). A value
 * that is neither stops the start: guessing would let clients choose their own address.
 */
function trustedProxies(value: string | undefined): number {
  if (!value || value === 'false') return 0;
  if (value === 'true') return 1;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`TRUST_PROXY must be a number of proxies, not '${value}'`);
  return n;
}

function requiredOrigin(name: string, value: string): string {
  const origin = normaliseOrigin(value);
  if (!origin) throw new Error(`${name} must be an http(s) URL, not '${value}'`);
  return origin;
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
