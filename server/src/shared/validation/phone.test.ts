import { describe, expect, it } from "vitest";
import { maskNik, maskPhone } from "./mask";
import { normalisePhone } from "./phone";

describe("normalisePhone", () => {
  it.each([
    ["0812-3456-7890", "+6281234567890"],
    ["62 812 3456 7890", "+6281234567890"],
    ["+62 (778) 123456", "+62778123456"],
    ["81234567890", "+6281234567890"],
  ])("normalises %s to %s", (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each(["12345", "+1 555 123 4567", "0812-ABCD-7890", ""])("refuses %s", (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe("masking", () => {
  it("keeps only the province and regency digits of a NIK and the ends of a phone number", () => {
    expect(maskNik("2171065703880012")).toBe("2171************");
    expect(maskPhone("+6281234567890")).toBe("+62812******90");
  });
});
