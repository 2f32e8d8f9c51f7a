import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { BpjsOfficeKind } from "../entities/bpjs-office-kind";

@InputType({ description: "Narrows a list of BPJAMSOSTEK offices; all given conditions must hold." })
export class BpjsOfficeFilter {
  @Field(() => BpjsOfficeKind, { nullable: true })
  kind?: BpjsOfficeKind;

  @Field(() => ID, { nullable: true, description: "Only the offices directly under this one." })
  parentId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Offices in this region or below it ("21" gives all of Kepulauan Riau).',
  })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: "Words of the office name (case-insensitive, any order)." })
  search?: string;
}

export enum BpjsOfficeSortKey {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
}

registerEnumType(BpjsOfficeSortKey, {
  name: "BpjsOfficeSortKey",
  description: "Orders of a list of BPJAMSOSTEK offices.",
});
