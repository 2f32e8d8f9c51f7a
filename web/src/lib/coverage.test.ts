import { describe, expect, it } from "vitest";
import { sortByCoverageRate, sumCoverage, type RegionWithCoverage } from "./coverage";

const region = (name: string, umkmTarget: number, umkmCovered: number): RegionWithCoverage => ({
  code: name,
  name,
  coverage: {
    umkmTarget,
    umkmRegistered: umkmTarget,
    umkmCovered,
    participantsActive: umkmCovered * 2,
    rate: umkmTarget > 0 ? umkmCovered / umkmTarget : null,
  },
});

describe("sortByCoverageRate", () => {
  it("puts the regions furthest behind first and those without a rate last", () => {
    const regions = [region("Bali", 100, 50), region("Aceh", 0, 0), region("Riau", 100, 10), region("Jambi", 100, 10)];
    expect(sortByCoverageRate(regions).map(({ name }) => name)).toEqual(["Jambi", "Riau", "Bali", "Aceh"]);
    expect(regions[0].name).toBe("Bali");
  });
});

describe("sumCoverage", () => {
  it("recomputes the national rate from the totals rather than averaging provinces' rates", () => {
    const total = sumCoverage([region("Jawa Barat", 900, 90), region("Gorontalo", 100, 100), { code: "x", name: "x" }]);
    expect(total).toMatchObject({ umkmTarget: 1000, umkmCovered: 190, participantsActive: 380 });
    expect(total.rate).toBeCloseTo(0.19);
  });
});
