import { describe, expect, it } from "vitest";
import { addMonths, isMonth, monthRangeOf, monthsBetween } from "./months";

describe("follow-up months", () => {
  it("adds months across year ends", () => {
    expect(addMonths("2026-11", 1)).toBe("2026-12");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-11", -11)).toBe("2025-12");
  });

  it("counts months inclusively", () => {
    expect(monthsBetween("2025-12", "2026-11")).toBe(12);
    expect(monthsBetween("2026-11", "2026-11")).toBe(1);
    expect(monthsBetween("2026-11", "2026-10")).toBe(0);
  });

  it("reads the range from the URL: the last 12 months by default, swapped when reversed, at most 60", () => {
    expect(monthRangeOf(new URLSearchParams(), "2026-11")).toEqual({ from: "2025-12", to: "2026-11" });
    expect(monthRangeOf(new URLSearchParams("dari=2026-05&sampai=2026-02"), "2026-11")).toEqual({
      from: "2026-02",
      to: "2026-05",
    });
    expect(monthRangeOf(new URLSearchParams("dari=2020-07&sampai=2026-11"), "2026-11")).toEqual({
      from: "2021-12",
      to: "2026-11",
    });
    expect(monthRangeOf(new URLSearchParams("dari=2026-13&sampai=x"), "2026-11")).toEqual({
      from: "2025-12",
      to: "2026-11",
    });
    expect(isMonth("2026-00")).toBe(false);
  });
});
