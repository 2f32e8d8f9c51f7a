import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatRate, formatRupiah } from "./format";

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

describe("formatRupiah", () => {
  it("shows whole rupiah with the symbol against the digits", () => {
    expect(formatRupiah(16800, "id")).toBe("Rp16.800");
    expect(formatRupiah(16800, "en")).toBe("Rp16,800");
  });
});

describe("formatDate", () => {
  it("shows a calendar date without shifting it by a time zone", () => {
    expect(formatDate("2020-07-01", "id")).toBe("1 Jul 2020");
    expect(formatDate("not a date", "id")).toBeNull();
  });
});
