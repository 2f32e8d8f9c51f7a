import { describe, expect, it } from "vitest";
import {
  formatPeriod,
  jakartaToday,
  monthAfter,
  parseRupiahInput,
  readNik,
  suggestedPeriod,
} from "./participant-format";

describe("formatPeriod", () => {
  it("names the month in the current language", () => {
    expect(formatPeriod("2020-07", "id")).toBe("Juli 2020");
    expect(formatPeriod("2020-07", "en")).toBe("July 2020");
  });

  it("leaves anything that is not a month as it is", () => {
    expect(formatPeriod("2020-13", "id")).toBe("2020-13");
  });
});

describe("jakartaToday", () => {
  it("is already the next day in Jakarta at 18:00 UTC", () => {
    expect(jakartaToday(new Date("2026-11-23T18:00:00Z"))).toBe("2026-11-24");
  });
});

describe("periods", () => {
  it("rolls over the year", () => {
    expect(monthAfter("2020-12")).toBe("2021-01");
  });

  it("suggests the month after the latest paid, the registration month first, never a future month", () => {
    expect(suggestedPeriod("2026-08", "2020-07-09", "2026-11-24")).toBe("2026-09");
    expect(suggestedPeriod(null, "2026-11-24", "2026-11-24")).toBe("2026-11");
    expect(suggestedPeriod("2026-11", "2020-07-09", "2026-11-24")).toBe("2026-11");
  });
});

describe("readNik", () => {
  it("reads the kecamatan, a woman's birth date (day + 40) and her sex", () => {
    expect(readNik("2171065203900123", "2026-11-24")).toEqual({
      ok: true,
      districtCode: "21.71.06",
      birthDate: "1990-03-12",
      sex: "FEMALE",
    });
  });

  it("reads a man's birth date in this century", () => {
    expect(readNik("2171060101050001", "2026-11-24")).toMatchObject({ birthDate: "2005-01-01", sex: "MALE" });
  });

  it("names what is wrong", () => {
    expect(readNik("21710601", "2026-11-24")).toEqual({ ok: false, problem: "length" });
    expect(readNik("2171063102900001", "2026-11-24")).toEqual({ ok: false, problem: "birthDate" });
    expect(readNik("2171060101900000", "2026-11-24")).toEqual({ ok: false, problem: "serial" });
  });
});

describe("parseRupiahInput", () => {
  it("keeps the digits of a typed amount", () => {
    expect(parseRupiahInput("Rp 2.500.000")).toBe(2_500_000);
    expect(parseRupiahInput("")).toBeNull();
  });
});
