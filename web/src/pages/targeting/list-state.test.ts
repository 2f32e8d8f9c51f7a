import { describe, expect, it } from "vitest";
import {
  areaTotals,
  coverageRate,
  gapListFromParams,
  gapListToParams,
  prospectFilterOf,
  prospectListFromParams,
  provinceOf,
  regencyOf,
  territoryWith,
} from "./list-state";

describe("the coverage-gap ranking in the URL", () => {
  it("reads a regency and the 'every kecamatan' switch, and writes them back the same", () => {
    const params = new URLSearchParams("wilayah=21.71&semua=1");
    const state = gapListFromParams(params);
    expect(state).toEqual({ regionCode: "21.71", all: true });
    expect(gapListToParams(state).toString()).toBe("wilayah=21.71&semua=1");
  });

  it("ignores a region code that is not a province or regency and defaults to kecamatan with a gap", () => {
    expect(gapListFromParams(new URLSearchParams("wilayah=21.71.06&semua=ya"))).toEqual({
      regionCode: undefined,
      all: false,
    });
    expect(gapListToParams({ all: false }).toString()).toBe("");
  });

  it("splits a code into the province and regency the selects show", () => {
    expect([provinceOf("21.71"), regencyOf("21.71")]).toEqual(["21", "21.71"]);
    expect([provinceOf("21"), regencyOf("21")]).toEqual(["21", undefined]);
    expect([provinceOf(undefined), regencyOf(undefined)]).toEqual([undefined, undefined]);
  });
});

describe("the area summary", () => {
  it("sums registered and covered UMKM and derives the uncovered and the rate", () => {
    expect(
      areaTotals([
        { umkmRegistered: 1000, umkmCovered: 250 },
        { umkmRegistered: 486, umkmCovered: 0 },
      ]),
    ).toEqual({ registered: 1486, covered: 250, uncovered: 1236, rate: 250 / 1486 });
  });

  it("has no rate where no UMKM is registered", () => {
    expect(coverageRate(0, 0)).toBeNull();
    expect(areaTotals([]).rate).toBeNull();
  });
});

describe("assigning a kecamatan to an agent", () => {
  it("keeps the kecamatan the agent has and adds the new one once", () => {
    expect(territoryWith(["21.71.01", "21.71.02"], "21.71.06")).toEqual(["21.71.01", "21.71.02", "21.71.06"]);
    expect(territoryWith(["21.71.06"], "21.71.06")).toEqual(["21.71.06"]);
  });
});

describe("the prospect list in the URL", () => {
  it("prefers the chosen agent's territory to the office's region", () => {
    const state = prospectListFromParams(new URLSearchParams("kantor=O1&agen=A1"));
    expect(prospectFilterOf(state)).toEqual({ agentId: "A1" });
    expect(prospectFilterOf({ officeId: "O1" })).toEqual({ officeId: "O1" });
    expect(prospectFilterOf({})).toBeNull();
  });
});
