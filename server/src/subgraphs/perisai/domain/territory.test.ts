import { describe, expect, it } from "vitest";
import { normaliseTerritory, regionContains } from "./territory";

describe("territory", () => {
  it("drops blanks and duplicates and keeps the order", () => {
    expect(normaliseTerritory([" 21.71.06", "21.71.04", "21.71.06", ""])).toEqual(["21.71.06", "21.71.04"]);
  });

  it("contains a kecamatan by code prefix, not by string prefix", () => {
    expect(regionContains("21.71", "21.71.06")).toBe(true);
    expect(regionContains("21", "21.71.06")).toBe(true);
    expect(regionContains("21.7", "21.71.06")).toBe(false);
    expect(regionContains("21.71.06", "21.71.06")).toBe(true);
    expect(regionContains("21.72", "21.71.06")).toBe(false);
  });
});
