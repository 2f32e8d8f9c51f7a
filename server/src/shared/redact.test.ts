import { describe, expect, it } from "vitest";
import { redactPersonalData } from "./redact";

describe("redactPersonalData", () => {
  it("removes NIKs, KPJ numbers and phone numbers and keeps the rest", () => {
    const logged =
      "insert into participant (nik, kpj_number, phone, declared_income) values ('2171065703880012', '21013139403', '+6281234567890', 2000000)";
    expect(redactPersonalData(logged)).toBe(
      "insert into participant (nik, kpj_number, phone, declared_income) values ('[number]', '[number]', '[phone]', 2000000)",
    );
    expect(redactPersonalData("Key (nik)=(2171065703880012) already exists")).toBe(
      "Key (nik)=([number]) already exists",
    );
  });
});
