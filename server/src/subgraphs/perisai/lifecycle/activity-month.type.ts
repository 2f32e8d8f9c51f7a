import { Field, Int, ObjectType } from "type-graphql";
import { MonthScalar } from "../../../shared/graphql/scalars";

@ObjectType({ description: "An agent's activity in one month, as counted by the coverage rollups." })
export class AgentActivityMonth {
  @Field(() => MonthScalar)
  month!: string;

  @Field(() => Int, { description: "Participants the agent registered that month." })
  newParticipants!: number;

  @Field(() => Int, { description: "Contributions recorded for that month by the agent's participants." })
  contributions!: number;
}
