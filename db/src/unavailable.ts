// Socket errors of a database that is down, restarting or unreachable.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATEs of a server that cannot serve now: admin_shutdown, crash_shutdown, cannot_connect_now,
// too_many_connections. Class 08 (connection exception) is matched as a whole.
const SERVER_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

// pg and pg-pool report a lost connection or an exhausted wait with a plain Error and these messages.
const DRIVER_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether an error means "the database is not there right now" (a restart, an outage, a pool that
 * could not connect in time) rather than anything about the request: the API answers those 503.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (SOCKET_CODES.has(code) || SERVER_STATES.has(code) || code.startsWith('08'))
  )
    return true;
  const message = (err as { message?: unknown }).message;
  return typeof message === 'string' && DRIVER_MESSAGES.test(message);
}
