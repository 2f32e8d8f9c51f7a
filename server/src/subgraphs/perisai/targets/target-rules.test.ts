import { describe, expect, it } from "vitest";
import { minimumFor, reviewRun, standingOf, type OfficeMonthFigures } from "./target-rules";

const CURRENT = "2026-11";

function month(month: string, enrolments: number, monthlyTarget = 150, minimum = 75): OfficeMonthFigures {
  return { month, monthlyTarget, minimum, targetFrom: "2020-07", enrolments };
}

function standings(figures: OfficeMonthFigures[]) {
  return figures.map((figures) => standingOf(figures, CURRENT));
}

describe("office targets", () => {
  it("rounds the default minimum up", () => {
    expect(minimumFor(150, 50)).toBe(75);
    expect(minimumFor(7, 50)).toBe(4);
    expect(minimumFor(0, 50)).toBe(0);
  });

  it("meets the target at the target and is under the minimum one below it", () => {
    expect(standingOf(month("2026-10", 150), CURRENT)).toMatchObject({
      met: true,
      underMinimum: false,
      complete: true,
    });
    expect(standingOf(month("2026-10", 75), CURRENT)).toMatchObject({ met: false, underMinimum: false });
    expect(standingOf(month("2026-10", 74), CURRENT)).toMatchObject({ met: false, underMinimum: true });
    expect(standingOf(month("2026-11", 0), CURRENT).complete).toBe(false);
  });

  it("has no standing before the office's first target", () => {
    const before = standingOf(
      { month: "2020-06", monthlyTarget: null, minimum: null, targetFrom: null, enrolments: 0 },
      CURRENT,
    );
    expect(before).toMatchObject({ met: null, underMinimum: null });
  });

  it("reviews an office after 3 consecutive complete months under the minimum, not 2", () => {
    const three = standings([month("2026-07", 80), month("2026-08", 10), month("2026-09", 74), month("2026-10", 0)]);
    expect(reviewRun(three, 3)?.map((entry) => entry.month)).toEqual(["2026-08", "2026-09", "2026-10"]);
    const two = standings([month("2026-07", 10), month("2026-08", 75), month("2026-09", 74), month("2026-10", 0)]);
    expect(reviewRun(two, 3)).toBeNull();
  });

  it("counts only the run that reaches the last complete month", () => {
    const recovered = standings([
      month("2026-06", 1),
      month("2026-07", 1),
      month("2026-08", 1),
      month("2026-09", 1),
      month("2026-10", 90),
    ]);
    expect(reviewRun(recovered, 3)).toBeNull();
  });

  it("judges each month against the target in force that month", () => {
    // From September the minimum drops to 5: the same 10 enrolments are no longer under it.
    const under = standings([month("2026-08", 10), month("2026-09", 10), month("2026-10", 10)]);
    expect(reviewRun(under, 3)).not.toBeNull();
    const lowered = standings([month("2026-08", 10), month("2026-09", 10, 10, 5), month("2026-10", 10, 10, 5)]);
    expect(reviewRun(lowered, 3)).toBeNull();
  });

  it("applies a dated rule with a shorter review period", () => {
    const two = standings([month("2026-08", 80), month("2026-09", 10), month("2026-10", 10)]);
    expect(reviewRun(two, 3)).toBeNull();
    expect(reviewRun(two, 2)).toHaveLength(2);
  });
});
