import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";
import { PerisaiOfficeStatus } from "../entities/perisai-office-status";

@InputType({ description: "Fields left out keep their value; a nullable field set to null is cleared." })
export class UpdatePerisaiOfficeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true, description: "Not the office itself nor one below it." })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  hostChapterId?: string | null;

  @Field(() => ID, { nullable: true })
  supervisingBranchId?: string;

  @Field(() => ID, { nullable: true })
  mouId?: string | null;

  @Field(() => PerisaiOfficeStatus, {
    nullable: true,
    description: "PROPOSED → ACTIVE → UNDER_REVIEW ⇄ ACTIVE; any → CLOSED once no agent serves there; CLOSED is final.",
  })
  status?: PerisaiOfficeStatus;

  @Field(() => Boolean, { nullable: true })
  pioneer?: boolean;

  @Field(() => Int, { nullable: true })
  monthlyTarget?: number;

  @Field(() => DateScalar, { nullable: true })
  establishedOn?: string;

  @Field(() => String, { nullable: true })
  address?: string | null;
}
