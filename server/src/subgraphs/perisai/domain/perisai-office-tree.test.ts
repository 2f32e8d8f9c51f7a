import { describe, expect, it } from "vitest";
import { PerisaiOfficeStatus } from "../entities/perisai-office-status";
import { closingProblem, createsCycle, statusChangeProblem } from "./perisai-office-tree";

const { PROPOSED, ACTIVE, UNDER_REVIEW, CLOSED } = PerisaiOfficeStatus;

describe("Kantor Perisai tree", () => {
  it("refuses a parent that is the office itself or below it", () => {
    expect(createsCycle(5, [5])).toBe(true);
    expect(createsCycle(5, [9, 7, 5, 1])).toBe(true);
    expect(createsCycle(5, [9, 7, 1])).toBe(false);
    expect(createsCycle(5, [])).toBe(false);
  });
});

describe("office status", () => {
  it.each([
    [PROPOSED, ACTIVE],
    [ACTIVE, UNDER_REVIEW],
    [UNDER_REVIEW, ACTIVE],
    [UNDER_REVIEW, CLOSED],
    [ACTIVE, ACTIVE],
  ])("allows %s → %s", (from, to) => {
    expect(statusChangeProblem(from, to)).toBeNull();
  });

  it.each([
    [PROPOSED, UNDER_REVIEW],
    [CLOSED, ACTIVE],
    [CLOSED, PROPOSED],
    [ACTIVE, PROPOSED],
  ])("refuses %s → %s", (from, to) => {
    expect(statusChangeProblem(from, to)).toEqual(expect.any(String));
  });

  it("closes only an office whose agents are all terminated", () => {
    expect(closingProblem(0)).toBeNull();
    expect(closingProblem(3)).toMatch(/3 agent/);
  });
});
