import { describe, expect, it } from "vitest";
import { districtCodeCondition } from "./filter-arguments";

describe("districtCodeCondition", () => {
  it("matches a kecamatan exactly and a province or regency by whole code segments", () => {
    expect(districtCodeCondition("21.71.06", "filter.regionCode")).toBe("21.71.06");
    expect(districtCodeCondition(" 21.71 ", "filter.regionCode")).toEqual({ $like: "21.71.%" });
    expect(districtCodeCondition("21", "filter.regionCode")).toEqual({ $like: "21.%" });
  });

  it("refuses partial segments and village codes with a BAD_USER_INPUT error", () => {
    for (const code of ["21.7", "2", "21.71.06.1001", "21%"]) {
      expect(() => districtCodeCondition(code, "filter.regionCode")).toThrow(/province, regency or kecamatan code/);
    }
  });
});
