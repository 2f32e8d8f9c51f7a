/**
 * Limits on wrong passwords (OWASP: slow down guessing per account and per address). Every attempt is
 * counted as a failure when it starts and withdrawn when the password proves right, so that a burst of
 * concurrent guesses cannot slip past the limit while the hashes are being checked.
 */
export interface ThrottleRule {
  /** Failures within one window that block the key. */
  limit: number;
  windowMs: number;
  blockMs: number;
}

const MINUTE = 60_000;

export const ACCOUNT_RULE: ThrottleRule = { limit: 5, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };
/** Higher: one office's staff may share an address. */
export const ADDRESS_RULE: ThrottleRule = { limit: 20, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

/** The keys one sign-in attempt counts against; without a known address only the account's. */
export function throttleKeys(
  email: string,
  address: string | undefined,
): { account: ThrottleKey; address?: ThrottleKey } {
  const client = address?.trim().replace(/^::ffff:/i, "");
  return {
    account: { key: `account:${email.slice(0, 320)}`, rule: ACCOUNT_RULE },
    ...(client ? { address: { key: `address:${client.slice(0, 64)}`, rule: ADDRESS_RULE } } : {}),
  };
}

export function isBlocked(state: ThrottleState, now: Date): boolean {
  return state.blockedUntil !== null && state.blockedUntil > now;
}

/** Counts an attempt (not blocked) as failed; a window that has passed, or a block that ended, starts over. */
export function countAttempt(state: ThrottleState, rule: ThrottleRule, now: Date): ThrottleState {
  const windowOver = state.windowStartedAt.getTime() + rule.windowMs <= now.getTime();
  const fresh = windowOver || state.blockedUntil !== null;
  const failures = (fresh ? 0 : state.failures) + 1;
  return {
    failures,
    windowStartedAt: fresh ? now : state.windowStartedAt,
    blockedUntil: failures >= rule.limit ? new Date(now.getTime() + rule.blockMs) : null,
  };
}

/** The password was right after all: the attempt no longer counts (the address key; the account's is reset). */
export function withdrawAttempt(state: ThrottleState, rule: ThrottleRule): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, blockedUntil: failures >= rule.limit ? state.blockedUntil : null };
}

/** Rows whose window started before this and that are not blocked count for nothing any more. */
export function staleBefore(now: Date): Date {
  return new Date(now.getTime() - Math.max(ACCOUNT_RULE.windowMs, ADDRESS_RULE.windowMs));
}

/** Whole minutes until the last block ends, at least one, for the message. */
export function minutesUntil(blockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / MINUTE));
}
