import { describe, expect, it } from "vitest";
import { Problems } from "../../../shared/graphql/mutation";
import { UserInputError } from "../../../shared/graphql/user-error";
import { optionalPhone, requiredName } from "./fields";

function refusalsOf(problems: Problems) {
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    return (error as UserInputError).errors;
  }
}

function errorsOf(problems: Problems) {
  return refusalsOf(problems).map(({ field, code }) => ({ field: field.join("."), code }));
}

describe("requiredName", () => {
  it("trims and keeps names up to 200 characters", () => {
    const problems = new Problems();
    expect(requiredName(problems, "name", "Name", "  Warung Bu Sari  ")).toBe("Warung Bu Sari");
    expect(requiredName(problems, "name", "Name", "x".repeat(200))).toHaveLength(200);
    expect(errorsOf(problems)).toEqual([]);
  });

  it("refuses blank and over-long names", () => {
    const problems = new Problems();
    expect(requiredName(problems, "businessName", "Business name", "   ")).toBeUndefined();
    expect(requiredName(problems, "ownerName", "Owner name", null)).toBeUndefined();
    expect(requiredName(problems, "brand", "Brand", ` ${"x".repeat(201)} `)).toBeUndefined();
    expect(errorsOf(problems)).toEqual([
      { field: "input.businessName", code: "REQUIRED" },
      { field: "input.ownerName", code: "REQUIRED" },
      { field: "input.brand", code: "OUT_OF_RANGE" },
    ]);
  });
});

describe("optionalPhone", () => {
  it("stores +62 numbers and treats blank as none", () => {
    const problems = new Problems();
    expect(optionalPhone(problems, "phone", "0812-3456-7890")).toBe("+6281234567890");
    expect(optionalPhone(problems, "phone", "  ")).toBeNull();
    expect(optionalPhone(problems, "phone", undefined)).toBeNull();
    expect(errorsOf(problems)).toEqual([]);
  });

  it("refuses a number that is not Indonesian without echoing it", () => {
    const problems = new Problems();
    expect(optionalPhone(problems, "coordinatorPhone", "+1 555 123 4567")).toBeNull();
    const refusals = refusalsOf(problems);
    expect(refusals.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: ["input", "coordinatorPhone"], code: "INVALID" },
    ]);
    expect(refusals[0].message).not.toContain("555");
  });
});
