import { Field, ID, InputType, Int } from "type-graphql";
import { BpjsOfficeKind } from "../entities/bpjs-office-kind";

@InputType({ description: "Fields left out keep their value; a nullable field set to null is cleared." })
export class UpdateBpjsOfficeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version you read; a newer stored version refuses the edit (STALE)." })
  expectedVersion!: number;

  @Field(() => BpjsOfficeKind, { nullable: true })
  kind?: BpjsOfficeKind;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string;

  @Field(() => String, { nullable: true })
  headName?: string;

  @Field(() => String, { nullable: true })
  address?: string | null;
}
