/**
 * The office target rules of DESIGN §3 as pure functions: a month is met at or above the target and under
 * the minimum below it; N consecutive complete months under the minimum put the office under review.
 */
export interface OfficeMonthFigures {
  month: string;
  /** Null before the office's first dated target (before it was established). */
  monthlyTarget: number | null;
  minimum: number | null;
  /** The month the target in force started. */
  targetFrom: string | null;
  enrolments: number;
}

export interface OfficeMonthStanding extends OfficeMonthFigures {
  met: boolean | null;
  underMinimum: boolean | null;
  /** False for the current month (still running) and later ones. */
  complete: boolean;
}

/** The default minimum for a target: `percent` % of it, rounded up. */
export function minimumFor(monthlyTarget: number, percent: number): number {
  return Math.ceil((monthlyTarget * percent) / 100);
}

export function standingOf(figures: OfficeMonthFigures, currentMonth: string): OfficeMonthStanding {
  const hasTarget = figures.monthlyTarget !== null && figures.minimum !== null;
  return {
    ...figures,
    met: hasTarget ? figures.enrolments >= figures.monthlyTarget! : null,
    underMinimum: hasTarget ? figures.enrolments < figures.minimum! : null,
    complete: figures.month < currentMonth,
  };
}

/**
 * The months that put an office on the review list: the run of complete months under the minimum that
 * ends with the last complete month, when it is at least `reviewMonths` long; null otherwise. `months`
 * are in order and end no later than the last complete month.
 */
export function reviewRun(months: readonly OfficeMonthStanding[], reviewMonths: number): OfficeMonthStanding[] | null {
  const run: OfficeMonthStanding[] = [];
  for (let index = months.length - 1; index >= 0 && months[index].complete && months[index].underMinimum; index--) {
    run.unshift(months[index]);
  }
  return run.length >= reviewMonths ? run : null;
}
