import { describe, expect, it } from "vitest";
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  countAttempt,
  isBlocked,
  minutesUntil,
  staleBefore,
  throttleKeys,
  withdrawAttempt,
  type ThrottleRule,
  type ThrottleState,
} from "./throttle";

const start = new Date("2026-11-23T08:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const fresh: ThrottleState = { failures: 0, windowStartedAt: start, blockedUntil: null };

/** Attempts at the given minutes, each counted as failed; returns the state and which ones were refused. */
function fail(rule: ThrottleRule, minutes: number[]): { state: ThrottleState; refused: number[] } {
  let state = fresh;
  const refused: number[] = [];
  for (const minute of minutes) {
    if (isBlocked(state, at(minute))) refused.push(minute);
    else state = countAttempt(state, rule, at(minute));
  }
  return { state, refused };
}

describe("sign-in throttle", () => {
  it("blocks an account for 15 minutes after 5 failures within 15 minutes, even the 6th attempt", () => {
    const { state, refused } = fail(ACCOUNT_RULE, [0, 1, 2, 3, 4, 5]);
    expect(refused).toEqual([5]);
    expect(state.blockedUntil).toEqual(at(19));
    expect(isBlocked(state, at(18.9))).toBe(true);
    expect(isBlocked(state, at(19))).toBe(false);
  });

  it("starts a new window when the old one has passed, and after a block ends", () => {
    expect(fail(ACCOUNT_RULE, [0, 1, 2, 3, 15, 16]).refused).toEqual([]);
    const { state } = fail(ACCOUNT_RULE, [0, 1, 2, 3, 4, 20]);
    expect(state).toEqual({ failures: 1, windowStartedAt: at(20), blockedUntil: null });
  });

  it("blocks an address after 20 failures", () => {
    const minutes = Array.from({ length: 21 }, (_, index) => index * 0.5);
    expect(fail(ADDRESS_RULE, minutes).refused).toEqual([10]);
  });

  it("withdraws an attempt whose password was right, lifting a block it caused", () => {
    const { state } = fail(
      ADDRESS_RULE,
      Array.from({ length: 20 }, (_, index) => index * 0.1),
    );
    expect(isBlocked(state, at(3))).toBe(true);
    const withdrawn = withdrawAttempt(state, ADDRESS_RULE);
    expect(withdrawn.failures).toBe(19);
    expect(isBlocked(withdrawn, at(3))).toBe(false);
    expect(withdrawAttempt(fresh, ADDRESS_RULE).failures).toBe(0);
  });

  it("keys attempts by lower-case email and by address, without the IPv4-mapped prefix", () => {
    expect(throttleKeys("admin@perisai.example", "::ffff:10.1.2.3")).toEqual({
      account: { key: "account:admin@perisai.example", rule: ACCOUNT_RULE },
      address: { key: "address:10.1.2.3", rule: ADDRESS_RULE },
    });
    expect(throttleKeys("admin@perisai.example", undefined).address).toBeUndefined();
  });

  it("says how long to wait and which rows are stale", () => {
    expect(minutesUntil(at(14.2), start)).toBe(15);
    expect(minutesUntil(start, start)).toBe(1);
    expect(staleBefore(at(15))).toEqual(start);
  });
});
