import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../../shared/graphql/relay";
import { DateScalar } from "../../../shared/graphql/scalars";
import { AgentActivityMonth } from "./activity-month.type";
import { AgentRule } from "./agent-rule.entity";
import { TerminationDecisionKind } from "./termination-decision.entity";

@ObjectType({
  description:
    "An ACTIVE agent proposed for termination: every month of the window had no new participant and no contribution.",
})
export class TerminationProposal {
  agentId!: number;
  officeId!: number;

  @Field(() => String, { description: "The agent's number (also the list's order)." })
  agentNumber!: string;

  @Field(() => DateScalar, {
    description: "Inactivity counts from this day: the agent became ACTIVE, or an office admin last kept them.",
  })
  countingFrom!: string;

  @Field(() => [AgentActivityMonth], { description: "The complete months considered, each with its counts." })
  months!: AgentActivityMonth[];

  @Field(() => AgentRule, { description: "The rule the proposal applies (in force today)." })
  rule!: AgentRule;
}

export const TerminationProposalConnection = connectionType("TerminationProposal", TerminationProposal);

@InputType({ description: "Narrows the termination proposals." })
export class TerminationProposalFilter {
  @Field(() => ID, { nullable: true, description: "Agents of this Kantor Perisai and the offices below it." })
  officeId?: string | null;
}

@InputType({ description: "Confirms (TERMINATE) or rejects (KEEP) a termination proposal, with a reason." })
export class DecideTerminationProposalInput {
  @Field(() => ID)
  agentId!: string;

  @Field(() => TerminationDecisionKind)
  decision!: TerminationDecisionKind;

  @Field(() => String, { description: "Required: why the agent is terminated or kept." })
  reason!: string;

  @Field(() => Int, { nullable: true, description: "The agent's version as read, to refuse a decision on stale data." })
  expectedVersion?: number | null;
}
