import { LockMode } from "@mikro-orm/core";
import type { Em } from "../../../shared/db/orm";
import { LoginThrottle } from "./login-throttle.entity";
import { countAttempt, isBlocked, staleBefore, withdrawAttempt, type ThrottleKey } from "./throttle";

const PRUNE = `
  delete from "perisai"."login_throttle" where "key" in (
    select "key" from "perisai"."login_throttle"
    where "window_started_at" < ? and ("blocked_until" is null or "blocked_until" <= ?)
    for update skip locked)`;

/**
 * Counts a sign-in attempt against its keys, in its own transaction with the keys' rows locked, so that
 * processes and concurrent requests see one count. Returns when the attempt is refused: the end of the
 * latest block; null when it may go on (and is counted as failed until settled).
 */
export async function claimAttempt(em: Em, keys: readonly ThrottleKey[], now: Date): Promise<Date | null> {
  return em.transactional(async (tx) => {
    // Rows that count for nothing any more go; rows another attempt holds are left for the next one.
    await tx.execute(PRUNE, [staleBefore(now), now]);
    await tx
      .createQueryBuilder(LoginThrottle)
      .insert(
        [...keys]
          .sort((a, b) => a.key.localeCompare(b.key))
          .map(({ key }) => ({ key, failures: 0, windowStartedAt: now, blockedUntil: null })),
      )
      .onConflict("key")
      .ignore()
      .execute();
    // Locked in key order, so that two requests never wait on each other's rows.
    const rows = await tx.find(
      LoginThrottle,
      { key: { $in: keys.map(({ key }) => key) } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { key: "asc" } },
    );
    const blocks = rows.filter((row) => isBlocked(row, now)).map((row) => row.blockedUntil!.getTime());
    if (blocks.length) return new Date(Math.max(...blocks));
    for (const row of rows) Object.assign(row, countAttempt(row, ruleOf(keys, row.key), now));
    return null;
  });
}

/** The password was right: the account starts again from zero, the address no longer counts this attempt. */
export async function settleSuccess(em: Em, account: ThrottleKey, address: ThrottleKey | undefined): Promise<void> {
  await em.nativeDelete(LoginThrottle, { key: account.key });
  if (!address) return;
  const row = await em.findOne(LoginThrottle, { key: address.key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (row) Object.assign(row, withdrawAttempt(row, address.rule));
}

function ruleOf(keys: readonly ThrottleKey[], key: string) {
  return keys.find((candidate) => candidate.key === key)!.rule;
}
