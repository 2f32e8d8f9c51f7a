import { CHAPTER_LEVEL_RANK, ChapterLevel } from "../entities/chapter-level";
import { liesWithin, regionCodeLevel, type RegionCodeLevel } from "./region-codes";

/** Where a chapter sits: its level and the region it works in (none for a national chapter). */
export interface ChapterPlacement {
  level: ChapterLevel;
  regionCode: string | null;
}

export interface PlacementProblem {
  field: "level" | "regionCode";
  message: string;
  kind: "REQUIRED" | "INVALID";
}

const REGION_LEVEL: Record<ChapterLevel, RegionCodeLevel | null> = {
  NATIONAL: null,
  PROVINCE: "PROVINCE",
  REGENCY: "REGENCY",
  DISTRICT: "DISTRICT",
};

const REGION_WORD: Record<RegionCodeLevel, string> = {
  PROVINCE: 'a province code like "21"',
  REGENCY: 'a regency or city code like "21.71"',
  DISTRICT: 'a kecamatan code like "21.71.06"',
  VILLAGE: 'a village code like "21.71.06.1001"',
};

/** The level of region a chapter of this level works in; null for a national chapter. */
export function regionLevelFor(level: ChapterLevel): RegionCodeLevel | null {
  return REGION_LEVEL[level];
}

/** A chapter's own region must be of its level: a REGENCY chapter works in a regency, and so on. */
export function regionProblems(chapter: ChapterPlacement): PlacementProblem[] {
  const expected = regionLevelFor(chapter.level);
  if (expected === null) {
    return chapter.regionCode === null
      ? []
      : [{ field: "regionCode", kind: "INVALID", message: "A NATIONAL chapter works nationwide and has no region" }];
  }
  if (chapter.regionCode === null) {
    return [
      {
        field: "regionCode",
        kind: "REQUIRED",
        message: `A ${chapter.level} chapter needs a region: ${REGION_WORD[expected]}`,
      },
    ];
  }
  if (regionCodeLevel(chapter.regionCode) !== expected) {
    return [
      {
        field: "regionCode",
        kind: "INVALID",
        message: `A ${chapter.level} chapter works in ${REGION_WORD[expected]}, not "${chapter.regionCode}"`,
      },
    ];
  }
  return [];
}

/**
 * A chapter sits below its parent: a lower level, and a region inside the parent's region when the parent
 * has one. Levels strictly descend along every path, so no chain of valid placements can loop back.
 */
export function parentProblems(chapter: ChapterPlacement, parent: ChapterPlacement): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  if (CHAPTER_LEVEL_RANK[chapter.level] <= CHAPTER_LEVEL_RANK[parent.level]) {
    problems.push({
      field: "level",
      kind: "INVALID",
      message: `A ${chapter.level} chapter cannot sit under a ${parent.level} chapter: a chapter's level must be below its parent's`,
    });
  }
  if (
    parent.regionCode !== null &&
    chapter.regionCode !== null &&
    (chapter.regionCode === parent.regionCode || !liesWithin(chapter.regionCode, parent.regionCode))
  ) {
    problems.push({
      field: "regionCode",
      kind: "INVALID",
      message: `Region "${chapter.regionCode}" is not inside the parent chapter's region "${parent.regionCode}"`,
    });
  }
  return problems;
}
