import { addMonthsTo, monthNumber } from "../commissions/commission-rules";

/**
 * Lapse rules (DESIGN §3: a participant who stops paying lapses) as pure functions. A month is unpaid
 * while no contribution covers it; the participant is OVERDUE once the oldest unpaid month's due date
 * (a dated policy: the 15th of the next month, the 30th for the PP 49/2020 relief months) has passed,
 * and LAPSED once, overdue, they have at least the configured number of unpaid months up to last month.
 * The state is derived when read, never written: it changes with the calendar, not with a write.
 */
export enum PaymentStateKind {
  CURRENT = "CURRENT",
  OVERDUE = "OVERDUE",
  LAPSED = "LAPSED",
}

/** What coverage.participant_payment keeps per participant (maintained by triggers). */
export interface PaymentRecord {
  registeredMonth: string;
  /** Contributions recorded, one per period, none before registration nor after the current month. */
  paidCount: number;
  lastPeriod: string | null;
  /** The month after the unbroken run of paid months from registration. */
  oldestUnpaidPeriod: string;
}

export interface PaymentStateValue {
  state: PaymentStateKind;
  unpaidMonths: number;
  /** Null when every month up to last month is paid. */
  oldestUnpaidPeriod: string | null;
  /** When the oldest unpaid month fell (or falls) due. */
  dueOn: string | null;
  lapseAfterMonths: number;
}

export type DueDateOf = (period: string) => string | null;

/** Months from registration to last month without a contribution. */
export function unpaidMonthsOf(record: PaymentRecord, today: string): number {
  const currentMonth = today.slice(0, 7);
  const dueMonths = monthNumber(currentMonth) - monthNumber(record.registeredMonth);
  const paidBeforeThisMonth = record.paidCount - (record.lastPeriod === currentMonth ? 1 : 0);
  return Math.max(0, dueMonths - paidBeforeThisMonth);
}

/**
 * The latest period already past its due date on `today` (due strictly before today: paying on the due
 * date is on time). Due dates rise with the period, relief months included, so a participant is overdue
 * exactly when their oldest unpaid period is at or before this one: an index range in SQL.
 */
export function overdueThrough(today: string, dueDateOf: DueDateOf): string {
  let period = today.slice(0, 7);
  for (let step = 0; step < 24; step += 1) {
    const due = dueDateOf(period);
    if (due !== null && due < today) return period;
    period = addMonthsTo(period, -1);
  }
  return period;
}

export function paymentStateOf(
  record: PaymentRecord,
  today: string,
  dueDateOf: DueDateOf,
  lapseAfterMonths: number,
): PaymentStateValue {
  const unpaidMonths = unpaidMonthsOf(record, today);
  const oldestUnpaidPeriod = unpaidMonths > 0 ? record.oldestUnpaidPeriod : null;
  const dueOn = oldestUnpaidPeriod === null ? null : dueDateOf(oldestUnpaidPeriod);
  const overdue = oldestUnpaidPeriod !== null && oldestUnpaidPeriod <= overdueThrough(today, dueDateOf);
  const state = !overdue
    ? PaymentStateKind.CURRENT
    : unpaidMonths >= lapseAfterMonths
      ? PaymentStateKind.LAPSED
      : PaymentStateKind.OVERDUE;
  return { state, unpaidMonths, oldestUnpaidPeriod, dueOn, lapseAfterMonths };
}
