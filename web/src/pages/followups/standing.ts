/** A month of a Kantor Perisai's target progress, as the API gives it. */
export interface TargetMonthFigures {
  monthlyTarget?: number | null;
  minimum?: number | null;
  enrolments: number;
  met?: boolean | null;
  underMinimum?: boolean | null;
  complete: boolean;
}

export type Standing = "running" | "noTarget" | "met" | "under" | "between";

/** A month against its target: still running, before any target, met, under the minimum, or in between. */
export function monthStanding(month: TargetMonthFigures): Standing {
  if (!month.complete) return "running";
  if (month.monthlyTarget == null) return "noTarget";
  if (month.met) return "met";
  if (month.underMinimum) return "under";
  return "between";
}

/** A round top of a chart's value axis, at least the value: 1, 1.5, 2, 3, 4, 5, 6 or 8 times a power of ten. */
export function niceMax(value: number): number {
  if (value <= 0) return 10;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 1.5, 2, 3, 4, 5, 6, 8, 10].map((step) => step * power).find((candidate) => candidate >= value)!;
}
