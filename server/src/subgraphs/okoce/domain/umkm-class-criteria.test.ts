import { describe, expect, it } from "vitest";
import { UmkmClass } from "../entities/umkm-class";
import { criteriaOn, umkmClassProblems, UMKM_CLASS_CRITERIA } from "./umkm-class-criteria";

const TODAY = "2026-11-23";

describe("UMKM class criteria", () => {
  it("uses PP 7/2021 from 2 February 2021 and UU 20/2008 before it", () => {
    expect(criteriaOn("2021-02-02")?.legalBasis).toMatch(/^PP 7\/2021/);
    expect(criteriaOn(TODAY)?.legalBasis).toMatch(/^PP 7\/2021/);
    expect(criteriaOn("2021-02-01")?.legalBasis).toMatch(/^UU 20\/2008/);
    expect(criteriaOn("2000-01-01")).toBeNull();
  });

  it("has no gap or overlap between entries", () => {
    const sorted = [...UMKM_CLASS_CRITERIA].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let index = 1; index < sorted.length; index += 1) {
      const previousEnd = new Date(`${sorted[index - 1].validTo}T00:00:00Z`);
      previousEnd.setUTCDate(previousEnd.getUTCDate() + 1);
      expect(previousEnd.toISOString().slice(0, 10)).toBe(sorted[index].validFrom);
    }
    expect(sorted.at(-1)?.validTo).toBeNull();
  });

  it("accepts figures on the ceilings of PP 7/2021, which are inclusive", () => {
    expect(umkmClassProblems(UmkmClass.MIKRO, { businessCapital: 1e9, annualSales: 2e9 }, TODAY)).toEqual([]);
    expect(umkmClassProblems(UmkmClass.KECIL, { businessCapital: 1e9 + 1, annualSales: 15e9 }, TODAY)).toEqual([]);
    expect(umkmClassProblems(UmkmClass.MENENGAH, { businessCapital: 10e9, annualSales: 15e9 + 1 }, TODAY)).toEqual([]);
    expect(umkmClassProblems(UmkmClass.MENENGAH, {}, TODAY)).toEqual([]);
    expect(umkmClassProblems(UmkmClass.MIKRO, { businessCapital: null, annualSales: 0 }, TODAY)).toEqual([]);
  });

  it("refuses a class the figures do not support, naming the class they do", () => {
    const problems = umkmClassProblems(UmkmClass.MIKRO, { businessCapital: 1e9 + 1, annualSales: 16e9 }, TODAY);
    expect(problems.map(({ field, kind }) => ({ field, kind }))).toEqual([
      { field: "businessCapital", kind: "OTHER_CLASS" },
      { field: "annualSales", kind: "OTHER_CLASS" },
    ]);
    expect(problems[0].message).toContain("puts the business in class KECIL, not MIKRO");
    expect(problems[1].message).toContain("puts the business in class MENENGAH, not MIKRO");
    expect(umkmClassProblems(UmkmClass.MENENGAH, { annualSales: 2e9 }, TODAY)[0].message).toContain(
      "MENENGAH: above Rp15,000,000,000 up to Rp50,000,000,000",
    );
  });

  it("refuses figures above the menengah ceilings: a usaha besar is not an UMKM", () => {
    const problems = umkmClassProblems(UmkmClass.MENENGAH, { businessCapital: 10e9 + 1, annualSales: 50e9 + 1 }, TODAY);
    expect(problems.map((problem) => problem.kind)).toEqual(["ABOVE_UMKM", "ABOVE_UMKM"]);
    expect(problems[0].message).toContain("not an UMKM");
  });

  it("judges the same figures by the regulation in force on the date", () => {
    expect(umkmClassProblems(UmkmClass.MIKRO, { businessCapital: 100_000_000 }, "2020-07-09")[0]).toMatchObject({
      kind: "OTHER_CLASS",
      message: expect.stringContaining("UU 20/2008"),
    });
    expect(umkmClassProblems(UmkmClass.MIKRO, { businessCapital: 100_000_000 }, TODAY)).toEqual([]);
  });
});
