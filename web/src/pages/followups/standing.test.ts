import { describe, expect, it } from "vitest";
import { monthStanding, niceMax } from "./standing";

describe("office target standing", () => {
  const month = { monthlyTarget: 100, minimum: 60, enrolments: 0, met: false, underMinimum: false, complete: true };

  it("tells met, under the minimum and in between apart", () => {
    expect(monthStanding({ ...month, enrolments: 100, met: true })).toBe("met");
    expect(monthStanding({ ...month, enrolments: 59, underMinimum: true })).toBe("under");
    expect(monthStanding({ ...month, enrolments: 60 })).toBe("between");
  });

  it("does not judge the running month or a month before the first target", () => {
    expect(monthStanding({ ...month, complete: false, underMinimum: true })).toBe("running");
    expect(monthStanding({ ...month, monthlyTarget: null, minimum: null, met: null, underMinimum: null })).toBe(
      "noTarget",
    );
  });

  it("rounds the chart's axis up to a round number close above the highest bar", () => {
    expect(niceMax(0)).toBe(10);
    expect(niceMax(7)).toBe(8);
    expect(niceMax(10)).toBe(10);
    expect(niceMax(140)).toBe(150);
    expect(niceMax(253)).toBe(300);
    expect(niceMax(300)).toBe(300);
    expect(niceMax(801)).toBe(1000);
  });
});
