import { describe, expect, it } from "vitest";
import { composeNik, parseNik } from "./nik";

describe("parseNik", () => {
  it("reads kecamatan, birth date and sex, with 40 added to the day for women", () => {
    const nik = composeNik("21.71.06", "1988-03-17", "FEMALE", 12);
    expect(nik).toBe("2171065703880012");
    expect(parseNik(nik)).toEqual({
      ok: true,
      value: { districtCode: "21.71.06", birthDate: "1988-03-17", sex: "FEMALE" },
    });
  });

  it("refuses a NIK that is not 16 digits or holds no real date", () => {
    expect(parseNik("21710617038800")).toMatchObject({ ok: false });
    expect(parseNik("217106170388001X")).toMatchObject({ ok: false });
    expect(parseNik("2171063102880012")).toMatchObject({ ok: false, reason: expect.stringContaining("birth date") });
    expect(parseNik("2171061703880000")).toMatchObject({ ok: false, reason: expect.stringContaining("serial") });
  });
});
