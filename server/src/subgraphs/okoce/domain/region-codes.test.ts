import { describe, expect, it } from "vitest";
import { liesWithin, regionCodeLevel } from "./region-codes";

describe("regionCodeLevel", () => {
  it("reads the level from the number of segments", () => {
    expect(regionCodeLevel("21")).toBe("PROVINCE");
    expect(regionCodeLevel("21.71")).toBe("REGENCY");
    expect(regionCodeLevel("21.71.06")).toBe("DISTRICT");
    expect(regionCodeLevel("21.71.06.1001")).toBe("VILLAGE");
  });

  it("refuses text that is not a Kemendagri code", () => {
    for (const text of ["", "2", "21.7", "21.71.6", "21.71.06.101", "21.71.06.1001.1", "21-71", "2171"]) {
      expect(regionCodeLevel(text)).toBeNull();
    }
  });
});

describe("liesWithin", () => {
  it("matches whole segments only", () => {
    expect(liesWithin("21.71.06", "21.71")).toBe(true);
    expect(liesWithin("21.71.06", "21")).toBe(true);
    expect(liesWithin("21.71", "21.71")).toBe(true);
    expect(liesWithin("21.71.06", "21.7")).toBe(false);
    expect(liesWithin("21.72.01", "21.71")).toBe(false);
    expect(liesWithin("21", "21.71")).toBe(false);
  });
});
