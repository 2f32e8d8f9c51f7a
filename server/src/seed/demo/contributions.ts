import {
  type ContributionAmounts,
  computeContribution,
  INITIAL_RATES,
} from "../../subgraphs/coverage/domain/contribution-rates";
import { dateOfDay, dayOf, daysInMonth, firstDayOfMonth, monthIndexOf, periodOfMonth } from "./dates";
import type { ContributionRecord, ParticipantRecord } from "./model";
import type { ParticipantRoll } from "./participants";
import { Random } from "./random";

/** Payments come in during the period's month or in the first half of the next, before the due date. */
const PAYMENT_DAYS_AFTER_MONTH = 15;

/**
 * One row per participant and paid month, from the registration month (paid on registering) to the
 * last paid month. Each call replays the same pseudo-random stream, so every pass yields the same rows.
 */
export function contributionStream(
  participants: ParticipantRoll,
  today: string,
  seed: number,
): () => Iterable<ContributionRecord> {
  const todayDay = dayOf(today);
  return function* contributions(): Generator<ContributionRecord> {
    const rng = new Random(seed);
    const amounts = new AmountTable();
    const labels = new DateLabels();
    let id = 0;
    for (let index = 0; index < participants.records.length; index += 1) {
      const participant = participants.records[index];
      const firstMonth = monthIndexOf(participant.registeredOn);
      for (let month = firstMonth; month <= participants.lastPaidMonth[index]; month += 1) {
        const { jkk, jkm, jht } = amounts.of(participant, month);
        const period = labels.period(month);
        id += 1;
        yield {
          id,
          participantId: participant.id,
          period,
          jkk,
          jkm,
          jht,
          paidOn: month === firstMonth ? participant.registeredOn : labels.day(paymentDay(rng, month, todayDay)),
          clientKey: `seed-${participant.id}-${period}`,
        };
      }
    }
  };
}

function paymentDay(rng: Random, month: number, todayDay: number): number {
  const day = firstDayOfMonth(month) + rng.int(0, daysInMonth(month) + PAYMENT_DAYS_AFTER_MONTH - 1);
  return Math.min(day, todayDay);
}

/**
 * computeContribution per (month, income, programs): about a million rows share a few thousand
 * distinct combinations, and the rules only change by month.
 */
class AmountTable {
  private readonly cache = new Map<number, ContributionAmounts>();

  of(participant: ParticipantRecord, month: number): ContributionAmounts {
    const withJht = participant.programs.includes("JHT");
    const key = (month * 1_000 + participant.declaredIncome / 100_000) * 2 + (withJht ? 1 : 0);
    let amounts = this.cache.get(key);
    if (!amounts) {
      amounts = computeContribution(
        INITIAL_RATES,
        participant.declaredIncome,
        participant.programs,
        `${periodOfMonth(month)}-01`,
      );
      this.cache.set(key, amounts);
    }
    return amounts;
  }
}

/** Formatting a date is the costliest part of a row, and there are only a few thousand distinct ones. */
class DateLabels {
  private readonly days = new Map<number, string>();
  private readonly months = new Map<number, string>();

  day(day: number): string {
    let label = this.days.get(day);
    if (label === undefined) {
      label = dateOfDay(day);
      this.days.set(day, label);
    }
    return label;
  }

  period(month: number): string {
    let label = this.months.get(month);
    if (label === undefined) {
      label = periodOfMonth(month);
      this.months.set(month, label);
    }
    return label;
  }
}
