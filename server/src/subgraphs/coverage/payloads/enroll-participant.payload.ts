import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";
import { Participant } from "../entities/participant.entity";
import { ContributionAmounts } from "../types/contribution-amounts";

@ObjectType()
export class EnrollParticipantPayload {
  @Field(() => Participant, { nullable: true, description: "The new participant; null when the input was refused." })
  participant?: Participant | null;

  @Field(() => ContributionAmounts, {
    nullable: true,
    description: "The monthly contribution by the rates in force on the registration date.",
  })
  monthlyContribution?: ContributionAmounts | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
