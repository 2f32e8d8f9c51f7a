import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "Narrows a list of MoUs; all given conditions must hold." })
export class MouFilter {
  @Field(() => ID, { nullable: true, description: "Signed by this BPJAMSOSTEK office." })
  bpjsOfficeId?: string;

  @Field(() => ID, { nullable: true, description: "Signed by this OK OCE chapter." })
  chapterId?: string;

  @Field(() => DateScalar, { nullable: true, description: "In force on this day." })
  activeOn?: string;

  @Field(() => String, { nullable: true, description: "Words of the number or the title (case-insensitive)." })
  search?: string;
}

export enum MouSortKey {
  SIGNED_ON = "SIGNED_ON",
  NUMBER = "NUMBER",
}

registerEnumType(MouSortKey, { name: "MouSortKey", description: "Orders of a list of MoUs." });
