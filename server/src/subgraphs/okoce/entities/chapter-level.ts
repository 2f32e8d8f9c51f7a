import { registerEnumType } from "type-graphql";

export enum ChapterLevel {
  NATIONAL = "NATIONAL",
  PROVINCE = "PROVINCE",
  REGENCY = "REGENCY",
  DISTRICT = "DISTRICT",
}

registerEnumType(ChapterLevel, {
  name: "ChapterLevel",
  description: "Where an OK OCE chapter works. A chapter sits under a chapter of a higher level.",
  valuesConfig: {
    NATIONAL: { description: "Nationwide (the brand's national board); has no region." },
    PROVINCE: { description: "A province, region code like 21 (Kepulauan Riau)." },
    REGENCY: { description: "A regency or city, region code like 21.71 (Kota Batam)." },
    DISTRICT: { description: "A kecamatan, region code like 21.71.06 (Lubuk Baja)." },
  },
});

/** Higher levels rank lower: a chapter's rank must be greater than its parent's. */
export const CHAPTER_LEVEL_RANK: Record<ChapterLevel, number> = {
  NATIONAL: 0,
  PROVINCE: 1,
  REGENCY: 2,
  DISTRICT: 3,
};
