import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { MonthScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "Narrows a list of contributions; all given conditions must hold." })
export class ContributionFilter {
  @Field(() => ID, { nullable: true })
  participantId?: string;

  @Field(() => ID, { nullable: true, description: "Contributions of the participants this agent enrolled." })
  agentId?: string;

  @Field(() => ID, { nullable: true, description: "Contributions of this Kantor Perisai's participants." })
  officeId?: string;

  @Field(() => MonthScalar, { nullable: true })
  period?: string;

  @Field(() => MonthScalar, { nullable: true, description: "This month or later." })
  periodFrom?: string;

  @Field(() => MonthScalar, { nullable: true, description: "This month or earlier." })
  periodTo?: string;
}

export enum ContributionSortKey {
  PERIOD = "PERIOD",
  PAID_ON = "PAID_ON",
}

registerEnumType(ContributionSortKey, {
  name: "ContributionSortKey",
  description: "Orders of a list of contributions.",
});
