import { describe, expect, it } from "vitest";
import { addMonths, firstDayOf, jakartaToday, monthOf } from "./calendar";

describe("calendar in Asia/Jakarta", () => {
  it("dates an instant by the day in WIB, not in UTC", () => {
    expect(jakartaToday(new Date("2026-03-31T17:30:00Z"))).toBe("2026-04-01");
    expect(jakartaToday(new Date("2026-03-31T16:59:59Z"))).toBe("2026-03-31");
  });

  it("adds months, clamping to the last day of a shorter month", () => {
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-05-15", 6)).toBe("2026-11-15");
  });

  it("maps dates to contribution periods and back", () => {
    expect(monthOf("2020-08-17")).toBe("2020-08");
    expect(firstDayOf("2020-08")).toBe("2020-08-01");
  });
});
