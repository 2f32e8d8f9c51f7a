import { describe, expect, it } from "vitest";
import { ChapterLevel } from "../entities/chapter-level";
import { parentProblems, regionProblems } from "./chapter-placement";

const national = { level: ChapterLevel.NATIONAL, regionCode: null };
const kepri = { level: ChapterLevel.PROVINCE, regionCode: "21" };
const batam = { level: ChapterLevel.REGENCY, regionCode: "21.71" };
const lubukBaja = { level: ChapterLevel.DISTRICT, regionCode: "21.71.06" };

describe("regionProblems", () => {
  it("accepts a region of the chapter's own level", () => {
    for (const chapter of [national, kepri, batam, lubukBaja]) expect(regionProblems(chapter)).toEqual([]);
  });

  it("refuses a region for a national chapter and requires one for the others", () => {
    expect(regionProblems({ level: ChapterLevel.NATIONAL, regionCode: "21" })).toMatchObject([{ kind: "INVALID" }]);
    expect(regionProblems({ level: ChapterLevel.REGENCY, regionCode: null })).toMatchObject([
      { field: "regionCode", kind: "REQUIRED" },
    ]);
  });

  it("refuses a region of another level", () => {
    expect(regionProblems({ level: ChapterLevel.REGENCY, regionCode: "21" })[0].message).toContain(
      'a regency or city code like "21.71"',
    );
    expect(regionProblems({ level: ChapterLevel.DISTRICT, regionCode: "21.71.06.1001" })).toHaveLength(1);
    expect(regionProblems({ level: ChapterLevel.PROVINCE, regionCode: "Batam" })).toHaveLength(1);
  });
});

describe("parentProblems", () => {
  it("accepts a lower level inside the parent's region, skipping levels too", () => {
    expect(parentProblems(kepri, national)).toEqual([]);
    expect(parentProblems(batam, kepri)).toEqual([]);
    expect(parentProblems(lubukBaja, batam)).toEqual([]);
    expect(parentProblems(batam, national)).toEqual([]);
    expect(parentProblems(lubukBaja, kepri)).toEqual([]);
  });

  it("refuses the same or a higher level than the parent's", () => {
    expect(parentProblems({ level: ChapterLevel.REGENCY, regionCode: "21.72" }, batam)).toMatchObject([
      { field: "level" },
      { field: "regionCode" },
    ]);
    expect(parentProblems(kepri, batam)).toMatchObject([{ field: "level" }, { field: "regionCode" }]);
    expect(parentProblems(national, national)).toMatchObject([{ field: "level" }]);
  });

  it("refuses a region outside the parent's region", () => {
    expect(parentProblems({ level: ChapterLevel.DISTRICT, regionCode: "31.71.01" }, batam)).toMatchObject([
      { field: "regionCode", message: expect.stringContaining('not inside the parent chapter\'s region "21.71"') },
    ]);
  });
});
