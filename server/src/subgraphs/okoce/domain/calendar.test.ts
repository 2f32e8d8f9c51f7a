import { describe, expect, it } from "vitest";
import { todayInJakarta } from "./calendar";

describe("todayInJakarta", () => {
  it("turns the date at midnight WIB (17:00 UTC), not at midnight UTC", () => {
    expect(todayInJakarta(new Date("2026-11-23T16:59:59Z"))).toBe("2026-11-23");
    expect(todayInJakarta(new Date("2026-11-23T17:00:00Z"))).toBe("2026-11-24");
    expect(todayInJakarta(new Date("2020-12-31T18:00:00Z"))).toBe("2021-01-01");
  });
});
