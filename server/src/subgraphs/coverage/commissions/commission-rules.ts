/**
 * The Agen Perisai commission rules (DESIGN §3) as pure functions over a dated scheme row: 7.5 % of the
 * contributions paid, Rp500,000 for 50 or more new participants in the month, split 90 % agent / 10 %
 * office. The close computes the same figures in SQL (commission-close.sql.ts); the gateway test checks
 * every statement of a close against `statementFigures`.
 */
export interface CommissionSchemeRule {
  /** 750 = 7.5 %. */
  incentiveBasisPoints: number;
  bonusAmount: number;
  /** New participants in the month needed for the bonus (at least this many). */
  bonusThreshold: number;
  /** 9000 = 90 %. */
  agentShareBasisPoints: number;
  validFrom: string;
  validTo: string | null;
}

export interface StatementFigures {
  incentive: number;
  bonus: number;
  total: number;
  agentShare: number;
  officeShare: number;
}

const BASIS = 10_000;

/** amount × basisPoints / 10,000 in whole rupiah, half a rupiah rounded up (exact integer arithmetic). */
export function applyBasisPoints(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + BASIS / 2) / BASIS);
}

/**
 * One agent's month: the incentive on the contributions paid (rounded half up), the bonus when the new
 * participants reach the threshold, and the split of the whole (incentive + bonus). The agent's share is
 * rounded half up and the office gets the rest, so the two always add up to the total.
 */
export function statementFigures(
  scheme: CommissionSchemeRule,
  contributionsTotal: number,
  newParticipants: number,
): StatementFigures {
  const incentive = applyBasisPoints(contributionsTotal, scheme.incentiveBasisPoints);
  const bonus = newParticipants >= scheme.bonusThreshold ? scheme.bonusAmount : 0;
  const total = incentive + bonus;
  const agentShare = applyBasisPoints(total, scheme.agentShareBasisPoints);
  return { incentive, bonus, total, agentShare, officeShare: total - agentShare };
}

/** The scheme in force on the first day of the month, or null when none is configured. */
export function schemeFor<T extends Pick<CommissionSchemeRule, "validFrom" | "validTo">>(
  schemes: readonly T[],
  month: string,
): T | null {
  const day = `${month}-01`;
  return (
    schemes.find((scheme) => scheme.validFrom <= day && (scheme.validTo === null || day <= scheme.validTo)) ?? null
  );
}

/** Month number (year × 12 + month − 1) of "YYYY-MM", for arithmetic on months. */
export function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthOfNumber(number: number): string {
  return `${Math.floor(number / 12)}-${String((number % 12) + 1).padStart(2, "0")}`;
}

export function addMonthsTo(month: string, months: number): string {
  return monthOfNumber(monthNumber(month) + months);
}

/**
 * Which months' payments the close of `month` takes for one office. A payment belongs to the earliest
 * month not yet closed on or after the month it was paid in: the payments paid in `month` itself, and
 * payments paid in the run of already-closed months just before it that were recorded after those
 * months closed (late payments). Returns the first month of that run (`month` when the month before is
 * open). Months may be closed in any order, each once.
 */
export function latePaymentsFrom(month: string, closedMonths: ReadonlySet<string>): string {
  let from = month;
  while (closedMonths.has(addMonthsTo(from, -1))) from = addMonthsTo(from, -1);
  return from;
}

/**
 * The offices a close actually closes: those asked for that have not closed the month yet. Closing a
 * month twice closes nothing and returns the statements stored the first time.
 */
export function officesStillOpen(requested: readonly number[], closed: ReadonlySet<number>): number[] {
  return [...new Set(requested)].filter((officeId) => !closed.has(officeId)).sort((a, b) => a - b);
}

/** A month can be closed once it has ended (in Asia/Jakarta). */
export function hasEnded(month: string, today: string): boolean {
  return month < today.slice(0, 7);
}
