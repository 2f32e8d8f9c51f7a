import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";
import { Contribution } from "../entities/contribution.entity";

@ObjectType()
export class RecordContributionPayload {
  @Field(() => Contribution, { nullable: true })
  contribution?: Contribution | null;

  @Field(() => Boolean, { description: "True when this clientKey was recorded before: nothing changed." })
  duplicate!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
