import { describe, expect, it } from "vitest";
import { Problems } from "../graphql/mutation";
import { UserInputError } from "../graphql/user-error";
import { checkRevealReason, MAX_REASON_LENGTH } from "./reveal-reason";

function check(reason: string): { value: string; codes: string[] } {
  const problems = new Problems();
  const value = checkRevealReason(problems, reason);
  try {
    problems.throwIfAny();
    return { value, codes: [] };
  } catch (error) {
    return { value, codes: (error as UserInputError).errors.map((problem) => problem.code) };
  }
}

describe("checkRevealReason", () => {
  it("keeps a trimmed reason", () => {
    expect(check("  Verifikasi klaim JKK ")).toEqual({ value: "Verifikasi klaim JKK", codes: [] });
  });

  it("requires a reason that is not blank", () => {
    expect(check("   ").codes).toEqual(["REQUIRED"]);
  });

  it("refuses a reason longer than the limit", () => {
    expect(check("x".repeat(MAX_REASON_LENGTH)).codes).toEqual([]);
    expect(check("x".repeat(MAX_REASON_LENGTH + 1)).codes).toEqual(["OUT_OF_RANGE"]);
  });
});
