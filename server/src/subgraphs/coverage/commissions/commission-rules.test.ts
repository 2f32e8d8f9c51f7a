import { describe, expect, it } from "vitest";
import {
  addMonthsTo,
  applyBasisPoints,
  hasEnded,
  latePaymentsFrom,
  officesStillOpen,
  schemeFor,
  statementFigures,
  type CommissionSchemeRule,
} from "./commission-rules";

const SCHEME: CommissionSchemeRule = {
  incentiveBasisPoints: 750,
  bonusAmount: 500_000,
  bonusThreshold: 50,
  agentShareBasisPoints: 9_000,
  validFrom: "2020-07-01",
  validTo: null,
};

describe("commission statement figures", () => {
  it("pays 7.5 % of the contributions and splits it 90/10", () => {
    expect(statementFigures(SCHEME, 1_000_000, 0)).toEqual({
      incentive: 75_000,
      bonus: 0,
      total: 75_000,
      agentShare: 67_500,
      officeShare: 7_500,
    });
  });

  it("adds the Rp500,000 bonus at 50 new participants, not at 49", () => {
    expect(statementFigures(SCHEME, 0, 49).bonus).toBe(0);
    expect(statementFigures(SCHEME, 0, 50)).toEqual({
      incentive: 0,
      bonus: 500_000,
      total: 500_000,
      agentShare: 450_000,
      officeShare: 50_000,
    });
    expect(statementFigures(SCHEME, 0, 51).bonus).toBe(500_000);
  });

  it("applies the split to incentive and bonus together", () => {
    const figures = statementFigures(SCHEME, 2_016_000, 50);
    expect(figures.incentive).toBe(151_200);
    expect(figures.total).toBe(651_200);
    expect(figures.agentShare).toBe(586_080);
    expect(figures.officeShare).toBe(65_120);
  });

  it("rounds half a rupiah up and keeps agent + office equal to the total", () => {
    // 16,806 × 7.5 % = 1,260.45 → 1,260; 16,810 × 7.5 % = 1,260.75 → 1,261; 16,804 × 7.5 % = 1,260.3 → 1,260.
    expect(statementFigures(SCHEME, 16_806, 0).incentive).toBe(1_260);
    expect(statementFigures(SCHEME, 16_810, 0).incentive).toBe(1_261);
    // 20 × 7.5 % = 1.5 → 2 (half up); agent 90 % of 2 = 1.8 → 2, office 0.
    expect(statementFigures(SCHEME, 20, 0)).toMatchObject({ incentive: 2, agentShare: 2, officeShare: 0 });
    // 1,265 × 90 % = 1,138.5 → 1,139 for the agent, 126 for the office.
    expect(applyBasisPoints(1_265, 9_000)).toBe(1_139);
    for (let total = 0; total < 5_000; total += 7) {
      const figures = statementFigures(SCHEME, total, 0);
      expect(figures.agentShare + figures.officeShare).toBe(figures.total);
      expect(Math.abs(figures.incentive - total * 0.075)).toBeLessThanOrEqual(0.5);
    }
  });

  it("takes the scheme in force on the month's first day", () => {
    const later = { ...SCHEME, incentiveBasisPoints: 800, validFrom: "2027-01-01" };
    const schemes = [{ ...SCHEME, validTo: "2026-12-31" }, later];
    expect(schemeFor(schemes, "2026-12")?.incentiveBasisPoints).toBe(750);
    expect(schemeFor(schemes, "2027-01")).toBe(later);
    expect(schemeFor(schemes, "2020-06")).toBeNull();
  });
});

describe("the monthly close", () => {
  it("closes a month only once it has ended in Asia/Jakarta", () => {
    expect(hasEnded("2026-10", "2026-11-01")).toBe(true);
    expect(hasEnded("2026-11", "2026-11-30")).toBe(false);
    expect(hasEnded("2026-12", "2026-11-30")).toBe(false);
  });

  it("closes nothing the second time: the stored statements stand", () => {
    expect(officesStillOpen([7, 8], new Set())).toEqual([7, 8]);
    expect(officesStillOpen([7, 8], new Set([7, 8]))).toEqual([]);
    expect(officesStillOpen([8, 7, 9, 7], new Set([7]))).toEqual([8, 9]);
  });

  it("takes the month's own payments when the month before is still open", () => {
    expect(latePaymentsFrom("2026-10", new Set())).toBe("2026-10");
    expect(latePaymentsFrom("2026-10", new Set(["2026-08"]))).toBe("2026-10");
  });

  it("takes a late payment for a closed month in the next month closed after it", () => {
    // September closed; a payment made in September and recorded afterwards goes to October.
    expect(latePaymentsFrom("2026-10", new Set(["2026-09"]))).toBe("2026-09");
    // Closed back to July: a late July payment goes to October, a late June payment waits for June.
    expect(latePaymentsFrom("2026-10", new Set(["2026-07", "2026-08", "2026-09"]))).toBe("2026-07");
    expect(addMonthsTo("2026-12", 1)).toBe("2027-01");
    expect(addMonthsTo("2027-01", -1)).toBe("2026-12");
  });
});
