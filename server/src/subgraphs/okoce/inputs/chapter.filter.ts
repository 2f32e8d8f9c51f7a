import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { ChapterLevel } from "../entities/chapter-level";

@InputType({ description: "Narrows a list of chapters; all given conditions must hold." })
export class ChapterFilter {
  @Field(() => ChapterLevel, { nullable: true })
  level?: ChapterLevel;

  @Field(() => ID, { nullable: true, description: "Only the direct children of this chapter." })
  parentId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Chapters working in this region or in a region inside it: "21.71" gives the Batam chapter and its kecamatan chapters.',
  })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'Exact brand, e.g. "OK OCE Progresif".' })
  brand?: string;

  @Field(() => String, { nullable: true, description: "Words of the name, case-insensitive, in any order." })
  search?: string;
}

export enum ChapterSortKey {
  NAME = "NAME",
  LEVEL = "LEVEL",
  FOUNDED_ON = "FOUNDED_ON",
}

registerEnumType(ChapterSortKey, {
  name: "ChapterSortKey",
  description: "Orders of a list of chapters.",
  valuesConfig: {
    NAME: { description: "By name." },
    LEVEL: { description: "National first, then province, regency and kecamatan chapters, each by name." },
    FOUNDED_ON: { description: "By founding date, oldest first." },
  },
});
