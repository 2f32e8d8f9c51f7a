import { describe, expect, it } from "vitest";
import { COVERAGE_COLOURS, coverageClass, coverageClasses, coverageColour, NO_DATA_COLOUR } from "./coverage-scale";
import { PROVINCE_TILES } from "./province-tiles";

describe("the coverage colour scale", () => {
  it("puts each rate in its class, the bounds in the upper class", () => {
    expect(coverageClass(0)).toBe(0);
    expect(coverageClass(0.0999)).toBe(0);
    expect(coverageClass(0.1)).toBe(1);
    expect(coverageClass(0.1733)).toBe(1);
    expect(coverageClass(0.5)).toBe(5);
    expect(coverageClass(1.2)).toBe(5);
  });

  it("shows a region without a rate as having no data", () => {
    expect(coverageClass(null)).toBeNull();
    expect(coverageClass(Number.NaN)).toBeNull();
    expect(coverageColour(undefined)).toBe(NO_DATA_COLOUR);
    expect(coverageColour(0.55)).toBe(COVERAGE_COLOURS[5]);
  });

  it("gives the legend contiguous classes from 0 to an open end", () => {
    const classes = coverageClasses();
    expect(classes).toHaveLength(COVERAGE_COLOURS.length);
    expect(classes[0].from).toBe(0);
    for (let index = 1; index < classes.length; index++) expect(classes[index].from).toBe(classes[index - 1].to);
    expect(classes.at(-1)!.to).toBeNull();
  });
});

describe("the province tile cartogram", () => {
  it("has the 38 provinces, each on its own square", () => {
    expect(new Set(PROVINCE_TILES.map((tile) => tile.code)).size).toBe(38);
    expect(new Set(PROVINCE_TILES.map((tile) => `${tile.column},${tile.row}`)).size).toBe(38);
    expect(PROVINCE_TILES.map((tile) => tile.code)).toEqual(expect.arrayContaining(["21", "91", "96"]));
  });
});
