import { describe, expect, it } from "vitest";
import { canonicalPrograms, missingMandatoryPrograms } from "./enrolment-rules";

describe("programs of an enrolment", () => {
  it("drops repeats and keeps the card order", () => {
    expect(canonicalPrograms(["JHT", "JKM", "JKK", "JKM"])).toEqual(["JKK", "JKM", "JHT"]);
  });

  it("names the mandatory programs that are missing", () => {
    expect(missingMandatoryPrograms(["JKK", "JHT"])).toEqual(["JKM"]);
    expect(missingMandatoryPrograms(["JHT"])).toEqual(["JKK", "JKM"]);
    expect(missingMandatoryPrograms(["JKM", "JKK"])).toEqual([]);
  });
});
