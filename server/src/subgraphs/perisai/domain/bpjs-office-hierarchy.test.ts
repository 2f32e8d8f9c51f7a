import { describe, expect, it } from "vitest";
import { BpjsOfficeKind } from "../entities/bpjs-office-kind";
import { childrenProblem, parentProblem } from "./bpjs-office-hierarchy";

const { PUSAT, WILAYAH, CABANG, KCP } = BpjsOfficeKind;

describe("BPJAMSOSTEK office hierarchy", () => {
  it.each([
    [PUSAT, null],
    [WILAYAH, PUSAT],
    [CABANG, WILAYAH],
    [KCP, CABANG],
  ])("accepts a %s under %s", (kind, parent) => {
    expect(parentProblem(kind, parent)).toBeNull();
  });

  it.each([
    [PUSAT, PUSAT],
    [WILAYAH, null],
    [CABANG, PUSAT],
    [KCP, WILAYAH],
    [CABANG, KCP],
  ])("refuses a %s under %s", (kind, parent) => {
    expect(parentProblem(kind, parent)).toEqual(expect.any(String));
  });

  it("keeps an office's kind consistent with the offices below it", () => {
    expect(childrenProblem(CABANG, [KCP, KCP])).toBeNull();
    expect(childrenProblem(WILAYAH, [KCP])).toMatch(/1 office/);
  });
});
