import { describe, expect, it } from "vitest";
import { Role } from "../../../shared/auth/role";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { attachmentRefusals, emailProblem, normaliseEmail, passwordProblem } from "./account-rules";

const none = { perisaiOfficeId: false, bpjsOfficeId: false, agentId: false };

describe("password policy", () => {
  it("wants 12 to 128 characters, counted as a person sees them", () => {
    expect(passwordProblem("short-pass1", "a@b.id")).toMatch(/at least 12/);
    expect(passwordProblem("kopi susu gula aren", "a@b.id")).toBeNull();
    expect(passwordProblem("🌴🌴🌴🌴🌴🌴🌴🌴🌴🌴🌴", "a@b.id")).toMatch(/at least 12/);
    expect(passwordProblem("x".repeat(128), "a@b.id")).toBeNull();
    expect(passwordProblem("x".repeat(129), "a@b.id")).toMatch(/at most 128/);
  });

  it("refuses blanks and the email address itself", () => {
    expect(passwordProblem(" ".repeat(14), "a@b.id")).toMatch(/spaces/);
    expect(passwordProblem("Admin.Batam@Perisai.Example", "admin.batam@perisai.example")).toMatch(/email/);
  });
});

describe("email addresses", () => {
  it("are compared lower-case and trimmed", () => {
    expect(normaliseEmail("  Admin.Batam@Perisai.Example ")).toBe("admin.batam@perisai.example");
  });

  it("must look like one", () => {
    expect(emailProblem("admin.batam@perisai.example")).toBeNull();
    expect(emailProblem("admin.batam")).toMatch(/not an email/);
    expect(emailProblem("a b@c.id")).toMatch(/not an email/);
    expect(emailProblem(`${"a".repeat(250)}@c.id`)).toMatch(/at most 254/);
  });
});

describe("account attachments", () => {
  it("want exactly the node of the role", () => {
    expect(attachmentRefusals(Role.OFFICE_ADMIN, { ...none, perisaiOfficeId: true })).toEqual([]);
    expect(attachmentRefusals(Role.NATIONAL_COORDINATOR, none)).toEqual([]);
    expect(attachmentRefusals(Role.AGENT, none)).toEqual([
      expect.objectContaining({ field: "agentId", code: UserErrorCode.REQUIRED }),
    ]);
  });

  it("refuse a node the role has no use for", () => {
    expect(attachmentRefusals(Role.ANALYST, { ...none, bpjsOfficeId: true })).toEqual([
      expect.objectContaining({ field: "bpjsOfficeId", code: UserErrorCode.INVALID }),
    ]);
    expect(attachmentRefusals(Role.BRANCH_OFFICER, { ...none, perisaiOfficeId: true })).toEqual([
      expect.objectContaining({ field: "perisaiOfficeId", code: UserErrorCode.INVALID }),
      expect.objectContaining({ field: "bpjsOfficeId", code: UserErrorCode.REQUIRED }),
    ]);
  });
});
