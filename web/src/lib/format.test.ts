import { describe, expect, it } from "vitest";
import { formatNumber, formatRate } from "./format";

describe("formatNumber", () => {
  it("groups thousands with a dot in Bahasa Indonesia and a comma in English", () => {
    expect(formatNumber(81486, "id")).toBe("81.486");
    expect(formatNumber(81486, "en")).toBe("81,486");
  });
});

describe("formatRate", () => {
  it("shows a fraction as a percentage with one decimal in the language's style", () => {
    expect(formatRate(0.1234, "id")).toBe("12,3%");
    expect(formatRate(0.1234, "en")).toBe("12.3%");
  });

  it("has nothing to show without a rate", () => {
    expect(formatRate(null, "id")).toBeNull();
  });
});
