import { describe, expect, it } from "vitest";
import {
  computeContribution,
  describeRate,
  dueDateOf,
  INITIAL_POLICIES,
  INITIAL_RATES,
  policyOn,
} from "./contribution-rates";

const MANDATORY = ["JKK", "JKM"] as const;

describe("computeContribution with the initial rates", () => {
  it("charges JKK 1 % of the declared income and JKM Rp6,800", () => {
    expect(computeContribution(INITIAL_RATES, 1_000_000, MANDATORY, "2024-05-01")).toEqual({
      jkk: 10_000,
      jkm: 6_800,
      jht: 0,
      total: 16_800,
    });
    expect(computeContribution(INITIAL_RATES, 3_500_000, MANDATORY, "2024-05-01")).toMatchObject({
      jkk: 35_000,
      jkm: 6_800,
    });
  });

  it("adds JHT at 2 % only for participants who chose it", () => {
    expect(computeContribution(INITIAL_RATES, 2_000_000, ["JKK", "JKM", "JHT"], "2024-05-01")).toEqual({
      jkk: 20_000,
      jkm: 6_800,
      jht: 40_000,
      total: 66_800,
    });
  });

  it("gives the PP 49/2020 99 % relief on JKK and JKM from August 2020 to January 2021, not on JHT", () => {
    for (const date of ["2020-08-01", "2020-11-01", "2021-01-01", "2021-01-31"]) {
      expect(computeContribution(INITIAL_RATES, 1_000_000, ["JKK", "JKM", "JHT"], date)).toEqual({
        jkk: 100,
        jkm: 68,
        jht: 20_000,
        total: 20_168,
      });
    }
  });

  it("charges the full rates just outside the relief window", () => {
    for (const date of ["2020-07-01", "2020-07-31", "2021-02-01"]) {
      expect(computeContribution(INITIAL_RATES, 1_000_000, MANDATORY, date)).toMatchObject({ jkk: 10_000, jkm: 6_800 });
    }
  });

  it("makes JKK + JKM at least Rp16,800 at the minimum income in force", () => {
    const policy = policyOn(INITIAL_POLICIES, "2024-05-01")!;
    expect(policy.minimumIncome).toBe(1_000_000);
    expect(computeContribution(INITIAL_RATES, policy.minimumIncome, MANDATORY, "2024-05-01").total).toBe(16_800);
  });

  it("charges nothing before the rules were in force", () => {
    expect(computeContribution(INITIAL_RATES, 1_000_000, MANDATORY, "2015-06-30").total).toBe(0);
    expect(policyOn(INITIAL_POLICIES, "2015-06-30")).toBeNull();
  });
});

describe("dueDateOf", () => {
  it("is the 15th of the following month outside the relief", () => {
    expect(dueDateOf(INITIAL_POLICIES, "2020-06")).toBe("2020-07-15");
    expect(dueDateOf(INITIAL_POLICIES, "2021-02")).toBe("2021-03-15");
    expect(dueDateOf(INITIAL_POLICIES, "2023-12")).toBe("2024-01-15");
  });

  it("is the 30th of the following month during the relief, clamped to a short month", () => {
    expect(dueDateOf(INITIAL_POLICIES, "2020-08")).toBe("2020-09-30");
    expect(dueDateOf(INITIAL_POLICIES, "2021-01")).toBe("2021-02-28");
  });
});

describe("describeRate", () => {
  it("says each kind of rule in words", () => {
    expect(INITIAL_RATES.map(describeRate)).toEqual([
      "JKK 1 % of declared income",
      "JKM Rp6,800 a month",
      "JHT 2 % of declared income",
      "JKK 99 % off",
      "JKM 99 % off",
    ]);
  });
});
