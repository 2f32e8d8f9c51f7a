import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { PerisaiOfficeStatus } from "../entities/perisai-office-status";

@InputType({ description: "Narrows a list of Kantor Perisai; all given conditions must hold." })
export class PerisaiOfficeFilter {
  @Field(() => Boolean, { nullable: true, description: "true: only the pioneer office; false: all the others." })
  pioneer?: boolean;

  @Field(() => ID, { nullable: true, description: "Only the offices directly under this one." })
  parentId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Offices in this region or below it ("21.71" gives all of Kota Batam).',
  })
  regionCode?: string;

  @Field(() => PerisaiOfficeStatus, { nullable: true })
  status?: PerisaiOfficeStatus;

  @Field(() => ID, { nullable: true, description: "Supervised by this BPJAMSOSTEK branch." })
  supervisingBranchId?: string;

  @Field(() => String, { nullable: true, description: "Words of the office name (case-insensitive, any order)." })
  search?: string;
}

export enum PerisaiOfficeSortKey {
  NAME = "NAME",
  ESTABLISHED_ON = "ESTABLISHED_ON",
  CREATED_AT = "CREATED_AT",
}

registerEnumType(PerisaiOfficeSortKey, {
  name: "PerisaiOfficeSortKey",
  description: "Orders of a list of Kantor Perisai.",
});
