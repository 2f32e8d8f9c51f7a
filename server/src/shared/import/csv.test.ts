import { describe, expect, it } from "vitest";
import { CsvSyntaxError, headerKey, parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads a comma-separated file with a header, numbering records by the line they start on", () => {
    const table = parseCsv("name,nik\nSiti,123\n\nBudi,456\n");
    expect(table.separator).toBe(",");
    expect(table.header).toEqual(["name", "nik"]);
    expect(table.records).toEqual([
      { line: 2, fields: ["Siti", "123"] },
      { line: 4, fields: ["Budi", "456"] },
    ]);
  });

  it("reads what Indonesian Excel writes: semicolons, CRLF and a byte-order mark", () => {
    const table = parseCsv("\uFEFFnama;nik\r\nWarung Siti, Batam;3171\r\n");
    expect(table.separator).toBe(";");
    expect(table.header).toEqual(["nama", "nik"]);
    expect(table.records).toEqual([{ line: 2, fields: ["Warung Siti, Batam", "3171"] }]);
  });

  it("keeps separators, doubled quotes and line breaks inside quoted fields, and counts the lines", () => {
    const table = parseCsv('a,b\n"x, ""y""","line 1\nline 2"\nlast,""\n');
    expect(table.records).toEqual([
      { line: 2, fields: ['x, "y"', "line 1\nline 2"] },
      { line: 4, fields: ["last", ""] },
    ]);
  });

  it("reads a last record without a line break and empty fields", () => {
    expect(parseCsv("a,b,c\n1,,3").records).toEqual([{ line: 2, fields: ["1", "", "3"] }]);
  });

  it("names the line of a quote that never closes", () => {
    expect(() => parseCsv('a\nok\n"open\nmore')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\nok\n"open\nmore');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });

  it("refuses text after a closing quote", () => {
    expect(() => parseCsv('a,b\n"x"y,1')).toThrow(/closing quote/);
  });

  it("gives an empty table for an empty file", () => {
    expect(parseCsv("")).toEqual({ separator: ",", header: [], records: [] });
  });
});

describe("headerKey", () => {
  it("matches a column however a spreadsheet user spells it", () => {
    expect(headerKey("Owner NIK")).toBe(headerKey("ownerNik"));
    expect(headerKey("owner_nik")).toBe("ownernik");
  });
});
