import { describe, expect, it } from "vitest";
import { everyMonth, formatMonth, jakartaMonth } from "./months";

describe("months of the dashboard", () => {
  it("takes this month in Asia/Jakarta, seven hours ahead of UTC", () => {
    expect(jakartaMonth(new Date("2026-11-30T16:59:59Z"))).toBe("2026-11");
    expect(jakartaMonth(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12");
    expect(jakartaMonth(new Date("2026-12-31T17:30:00Z"))).toBe("2027-01");
  });

  it("lists every month of the range across the year, with zeros where nothing was recorded", () => {
    const months = everyMonth(
      [{ period: "2021-01", enrolments: 5, contributionsTotal: 84_000, contributionsCount: 5 }],
      "2020-11",
      "2021-02",
    );
    expect(months.map((month) => month.period)).toEqual(["2020-11", "2020-12", "2021-01", "2021-02"]);
    expect(months[2].enrolments).toBe(5);
    expect(months[3]).toEqual({ period: "2021-02", enrolments: 0, contributionsTotal: 0, contributionsCount: 0 });
  });

  it("names a month in Bahasa Indonesia and in English", () => {
    expect(formatMonth("2020-07", "id", "long")).toBe("Juli 2020");
    expect(formatMonth("2020-07", "en", "long")).toBe("July 2020");
    expect(formatMonth("2026-08", "id")).toBe("Agu 2026");
  });
});
