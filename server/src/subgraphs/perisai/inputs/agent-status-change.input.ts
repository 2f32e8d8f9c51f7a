import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "Activates, suspends or terminates an agent." })
export class AgentStatusChangeInput {
  @Field(() => ID)
  agentId!: string;

  @Field(() => String, { nullable: true, description: "Required to suspend or terminate; optional to activate." })
  reason?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Default today (Asia/Jakarta); not in the future and not before the agent's last change.",
  })
  effectiveOn?: string | null;

  @Field(() => Int)
  expectedVersion!: number;
}
