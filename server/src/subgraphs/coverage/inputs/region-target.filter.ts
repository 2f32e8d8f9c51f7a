import { Field, InputType, registerEnumType } from "type-graphql";

@InputType({ description: "Narrows a list of region targets." })
export class RegionTargetFilter {
  @Field(() => String, { nullable: true, description: 'Targets of this region and the regions inside it ("21").' })
  regionCode?: string;
}

export enum RegionTargetSortKey {
  REGION_CODE = "REGION_CODE",
  AS_OF = "AS_OF",
}

registerEnumType(RegionTargetSortKey, {
  name: "RegionTargetSortKey",
  description: "Orders of a list of region targets.",
});
