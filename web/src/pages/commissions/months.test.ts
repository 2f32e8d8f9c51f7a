import { describe, expect, it } from "vitest";
import { addMonths, defaultMonth, formatMonth, formatShare, isMonth, jakartaMonth, monthsUntil } from "./months";

describe("commission months", () => {
  it("take the month in Asia/Jakarta, where 31 October 18:00 UTC is already November", () => {
    expect(jakartaMonth(new Date("2026-10-31T18:00:00Z"))).toBe("2026-11");
    expect(jakartaMonth(new Date("2026-10-31T16:59:00Z"))).toBe("2026-10");
  });

  it("default to the last month that has ended, across a new year", () => {
    expect(defaultMonth(new Date("2026-11-23T12:00:00Z"))).toBe("2026-10");
    expect(defaultMonth(new Date("2027-01-02T12:00:00Z"))).toBe("2026-12");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });

  it("list every month since July 2020, newest first", () => {
    const months = monthsUntil("2026-11");
    expect(months[0]).toBe("2026-11");
    expect(months.at(-1)).toBe("2020-07");
    expect(months).toHaveLength(6 * 12 + 5);
  });

  it("accept only real months from the URL", () => {
    expect(isMonth("2026-10")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it("name months and shares in the current language", () => {
    expect(formatMonth("2026-10", "id")).toBe("Oktober 2026");
    expect(formatMonth("2026-10", "en")).toBe("October 2026");
    expect(formatShare(0.075, "id")).toBe("7,5%");
    expect(formatShare(0.9, "en")).toBe("90%");
  });
});
