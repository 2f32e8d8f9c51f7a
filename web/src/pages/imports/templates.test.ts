import { describe, expect, it } from "vitest";
import { isFinished, isImportKind, percentDone, TEMPLATES } from "./templates";

describe("import templates", () => {
  it("give one header and one sample row of the same width", () => {
    for (const template of Object.values(TEMPLATES)) {
      expect(template.rows).toHaveLength(2);
      expect(template.rows[1]).toHaveLength(template.rows[0].length);
    }
    expect(TEMPLATES.umkm.rows[0]).toContain("ownerNik");
    expect(TEMPLATES.agen.rows[0]).toContain("territory");
  });

  it("know the kinds and when a job is done", () => {
    expect(isImportKind("umkm")).toBe(true);
    expect(isImportKind("peserta")).toBe(false);
    expect(isFinished("RUNNING")).toBe(false);
    expect(isFinished("FAILED")).toBe(true);
  });

  it("round progress down, reaching 100 % only when every row is written", () => {
    expect(percentDone(0, 0)).toBe(0);
    expect(percentDone(81_485, 81_486)).toBe(99);
    expect(percentDone(81_486, 81_486)).toBe(100);
    expect(percentDone(40_743, 81_486)).toBe(50);
  });
});
