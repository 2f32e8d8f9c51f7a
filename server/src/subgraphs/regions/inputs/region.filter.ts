import { Field, InputType, registerEnumType } from "type-graphql";
import { RegionLevel } from "../entities/region-level";

@InputType({ description: "Narrows a list of regions; all given conditions must hold." })
export class RegionFilter {
  @Field(() => RegionLevel, { nullable: true })
  level?: RegionLevel;

  @Field(() => String, { nullable: true, description: 'Only the direct children of this region ("21.71").' })
  parentCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the name (case-insensitive, any order), or the start of a code ("21.71").',
  })
  search?: string;
}

export enum RegionSortKey {
  CODE = "CODE",
  NAME = "NAME",
}

registerEnumType(RegionSortKey, { name: "RegionSortKey", description: "Orders of a list of regions." });
