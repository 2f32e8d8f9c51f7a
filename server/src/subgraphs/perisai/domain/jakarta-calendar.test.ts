import { describe, expect, it } from "vitest";
import { addMonths, jakartaToday } from "./jakarta-calendar";

describe("jakartaToday", () => {
  it("dates a change by the Jakarta calendar, seven hours ahead of UTC", () => {
    expect(jakartaToday(new Date("2024-03-31T16:59:59Z"))).toBe("2024-03-31");
    expect(jakartaToday(new Date("2024-03-31T17:00:00Z"))).toBe("2024-04-01");
  });
});

describe("addMonths", () => {
  it("keeps the day of the month and crosses years", () => {
    expect(addMonths("2023-09-15", 6)).toBe("2024-03-15");
  });

  it("uses the last day of a shorter month", () => {
    expect(addMonths("2023-08-31", 6)).toBe("2024-02-29");
    expect(addMonths("2022-08-31", 6)).toBe("2023-02-28");
  });
});
