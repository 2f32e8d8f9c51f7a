import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";
import { RegionTarget } from "../entities/region-target.entity";

@ObjectType()
export class SetRegionTargetPayload {
  @Field(() => RegionTarget, { nullable: true })
  regionTarget?: RegionTarget | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
