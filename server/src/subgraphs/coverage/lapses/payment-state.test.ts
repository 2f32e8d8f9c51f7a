import { describe, expect, it } from "vitest";
import { dueDateOf, INITIAL_POLICIES } from "../domain/contribution-rates";
import { overdueThrough, paymentStateOf, PaymentStateKind, unpaidMonthsOf, type PaymentRecord } from "./payment-state";

const due = (period: string) => dueDateOf(INITIAL_POLICIES, period);

/** A participant registered in `registeredMonth` who paid every month up to `paidThrough`. */
function payingThrough(registeredMonth: string, paidThrough: string | null, paidCount: number): PaymentRecord {
  const [year, month] = (paidThrough ?? registeredMonth).split("-").map(Number);
  const next =
    paidThrough === null
      ? registeredMonth
      : `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, "0")}`;
  return { registeredMonth, paidCount, lastPeriod: paidThrough, oldestUnpaidPeriod: next };
}

describe("payment state", () => {
  it("is current on the due date and overdue the day after", () => {
    const october = payingThrough("2026-01", "2026-09", 9);
    expect(due("2026-10")).toBe("2026-11-15");
    expect(paymentStateOf(october, "2026-11-15", due, 3)).toMatchObject({
      state: PaymentStateKind.CURRENT,
      unpaidMonths: 1,
      oldestUnpaidPeriod: "2026-10",
      dueOn: "2026-11-15",
    });
    expect(paymentStateOf(october, "2026-11-16", due, 3).state).toBe(PaymentStateKind.OVERDUE);
  });

  it("gives the PP 49/2020 relief months until the 30th", () => {
    const september2020 = payingThrough("2020-07", "2020-08", 2);
    expect(paymentStateOf(september2020, "2020-10-15", due, 3)).toMatchObject({
      state: PaymentStateKind.CURRENT,
      dueOn: "2020-10-30",
    });
    expect(paymentStateOf(september2020, "2020-10-30", due, 3).state).toBe(PaymentStateKind.CURRENT);
    expect(paymentStateOf(september2020, "2020-10-31", due, 3).state).toBe(PaymentStateKind.OVERDUE);
    // February 2021 is after the relief: due on the 15th again.
    expect(paymentStateOf(payingThrough("2020-07", "2021-01", 7), "2021-03-16", due, 3).state).toBe(
      PaymentStateKind.OVERDUE,
    );
  });

  it("lapses at the configured number of unpaid months, not one before", () => {
    // Paid through July; on 16 October August and September are unpaid (2): overdue.
    expect(paymentStateOf(payingThrough("2026-01", "2026-07", 7), "2026-10-16", due, 3)).toMatchObject({
      state: PaymentStateKind.OVERDUE,
      unpaidMonths: 2,
    });
    // On 1 November October is unpaid too (3): lapsed.
    expect(paymentStateOf(payingThrough("2026-01", "2026-07", 7), "2026-11-01", due, 3)).toMatchObject({
      state: PaymentStateKind.LAPSED,
      unpaidMonths: 3,
      oldestUnpaidPeriod: "2026-08",
      dueOn: "2026-09-15",
    });
    // A rule of 4 months keeps the same participant overdue.
    expect(paymentStateOf(payingThrough("2026-01", "2026-07", 7), "2026-11-01", due, 4).state).toBe(
      PaymentStateKind.OVERDUE,
    );
  });

  it("counts a gap, and the payments after it, in the unpaid months", () => {
    // Registered March, paid March, May and June: April is the oldest unpaid month; July is unpaid too.
    const record: PaymentRecord = {
      registeredMonth: "2026-03",
      paidCount: 3,
      lastPeriod: "2026-06",
      oldestUnpaidPeriod: "2026-04",
    };
    expect(unpaidMonthsOf(record, "2026-08-20")).toBe(2);
    expect(paymentStateOf(record, "2026-08-20", due, 3)).toMatchObject({ state: PaymentStateKind.OVERDUE });
  });

  it("does not count this month's payment, or a new participant's first month, as owed", () => {
    expect(paymentStateOf(payingThrough("2026-11", null, 0), "2026-11-20", due, 3)).toMatchObject({
      state: PaymentStateKind.CURRENT,
      unpaidMonths: 0,
      oldestUnpaidPeriod: null,
      dueOn: null,
    });
    expect(unpaidMonthsOf(payingThrough("2026-01", "2026-11", 11), "2026-11-20")).toBe(0);
  });

  it("finds the latest period past due", () => {
    expect(overdueThrough("2026-11-15", due)).toBe("2026-09");
    expect(overdueThrough("2026-11-16", due)).toBe("2026-10");
    expect(overdueThrough("2020-10-30", due)).toBe("2020-08");
    expect(overdueThrough("2020-10-31", due)).toBe("2020-09");
  });
});
