import { describe, expect, it } from "vitest";
import { firstDayOf, jakartaDate, monthOf } from "./calendar";

describe("jakartaDate", () => {
  it("counts the day in Asia/Jakarta, seven hours ahead of UTC", () => {
    expect(jakartaDate(new Date("2020-07-31T16:59:59Z"))).toBe("2020-07-31");
    expect(jakartaDate(new Date("2020-07-31T17:00:00Z"))).toBe("2020-08-01");
  });
});

describe("months", () => {
  it("takes the month of a date and the first day of a month", () => {
    expect(monthOf("2021-01-31")).toBe("2021-01");
    expect(firstDayOf("2020-08")).toBe("2020-08-01");
  });
});
