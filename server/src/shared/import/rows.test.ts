import { describe, expect, it } from "vitest";
import { commonRegion, parseCsvDate, parseRupiah, parseYesNo, readCsvRows, RowErrors } from "./rows";

const columns = [
  { name: "businessName", required: true },
  { name: "phone", required: false },
];

describe("readCsvRows", () => {
  it("matches header names however they are spelled, and reads missing optional columns as blank", () => {
    const errors = new RowErrors();
    const rows = readCsvRows("Business Name\nWarung Siti\n", columns, errors);
    expect(errors.any).toBe(false);
    expect(rows.map((row) => [row.line, row.value("businessName"), row.value("phone")])).toEqual([
      [2, "Warung Siti", ""],
    ]);
  });

  it("names unknown and missing columns on line 1", () => {
    const errors = new RowErrors();
    readCsvRows("nama,phone\nx,y", columns, errors);
    expect(errors.validation(0).errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [1, "nama", "INVALID"],
      [1, "businessName", "REQUIRED"],
    ]);
  });

  it("refuses a row with more values than columns (an unquoted separator), by its line", () => {
    const errors = new RowErrors();
    const rows = readCsvRows("businessName,phone\nWarung, Siti,0812\nToko,0813\n", columns, errors);
    expect(rows).toHaveLength(1);
    expect(errors.validation(2).errors).toMatchObject([{ line: 2, column: null, code: "INVALID" }]);
  });

  it("reports a quote that never closes at the line it opens", () => {
    const errors = new RowErrors();
    readCsvRows('businessName\nok\n"open', columns, errors);
    expect(errors.validation(0).errors).toMatchObject([{ line: 3, code: "INVALID" }]);
  });
});

describe("RowErrors", () => {
  it("counts every problem but reports the first thousand in line order", () => {
    const errors = new RowErrors();
    for (let line = 3000; line >= 2; line--) errors.add(line, null, "bad", "INVALID" as never);
    const validation = errors.validation(2999);
    expect(validation.errorCount).toBe(2999);
    expect(validation.errors).toHaveLength(1000);
    expect(validation.errors[0].line).toBeLessThan(validation.errors[1].line);
  });
});

describe("values", () => {
  it("reads dates as ISO or as Indonesian spreadsheets write them", () => {
    expect(parseCsvDate("2021-03-15")).toBe("2021-03-15");
    expect(parseCsvDate("15/03/2021")).toBe("2021-03-15");
    expect(parseCsvDate("5/3/2021")).toBe("2021-03-05");
    expect(parseCsvDate("31/02/2021")).toBeUndefined();
    expect(parseCsvDate("03/15/2021")).toBeUndefined();
  });

  it("reads rupiah with or without thousands separators, never fractions", () => {
    expect(parseRupiah("Rp 1.500.000")).toBe(1_500_000);
    expect(parseRupiah("250,000,000")).toBe(250_000_000);
    expect(parseRupiah("1500000")).toBe(1_500_000);
    expect(parseRupiah("1,5")).toBeUndefined();
    expect(parseRupiah("-5")).toBeUndefined();
  });

  it("reads yes and no in both languages, blank as no", () => {
    expect([parseYesNo("ya"), parseYesNo("Tidak"), parseYesNo(""), parseYesNo("1"), parseYesNo("mungkin")]).toEqual([
      true,
      false,
      false,
      true,
      undefined,
    ]);
  });

  it("finds the deepest region holding every code", () => {
    expect(commonRegion(["21.71.06", "21.71.01"])).toBe("21.71");
    expect(commonRegion(["21.71.06", "21.71.06"])).toBe("21.71.06");
    expect(commonRegion(["21.71.06", "31.71.01"])).toBeNull();
    expect(commonRegion([])).toBeNull();
  });
});
