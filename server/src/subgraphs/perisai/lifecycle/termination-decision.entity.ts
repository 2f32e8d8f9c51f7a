import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar } from "../../../shared/graphql/scalars";
import { Agent } from "../entities/agent.entity";
import { AgentRule } from "./agent-rule.entity";
import { AgentActivityMonth } from "./activity-month.type";
import type { MonthActivity } from "./inactivity";

export enum TerminationDecisionKind {
  TERMINATE = "TERMINATE",
  KEEP = "KEEP",
}

registerEnumType(TerminationDecisionKind, {
  name: "TerminationDecisionKind",
  description: "What an office admin decided on a termination proposal.",
  valuesConfig: {
    TERMINATE: { description: "End the agency (the agent becomes TERMINATED)." },
    KEEP: {
      description: "Keep the agent; they leave the list until new inactive months accumulate after the decision.",
    },
  },
});

/** A decision on a termination proposal, with the months and counts the proposal was based on. */
@Entity({ tableName: "termination_decision" })
@Index({ name: "termination_decision_agent_id_index", properties: ["agent", "decidedOn", "id"] })
@ObjectType({ description: "A dated decision on a termination proposal and the evidence it was based on." })
export class TerminationDecision {
  [OptionalProps]?: "createdAt" | "globalId";

  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  @Field(() => Date, { description: "When it was recorded." })
  createdAt: Date = new Date();

  @ManyToOne(() => Agent, { ref: true, index: false })
  agent!: Ref<Agent>;

  @Enum({ items: () => TerminationDecisionKind, type: "text" })
  @Field(() => TerminationDecisionKind)
  decision!: TerminationDecisionKind;

  @Property({ type: "text" })
  @Field(() => String)
  reason!: string;

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "The day of the decision (Asia/Jakarta)." })
  decidedOn!: string;

  @Property({ type: "integer", nullable: true })
  decidedByUserId!: number | null;

  @ManyToOne(() => AgentRule, { ref: true, index: false })
  rule!: Ref<AgentRule>;

  @Property({ type: "json" })
  @Field(() => [AgentActivityMonth], { description: "The months the proposal considered, with their counts." })
  months!: MonthActivity[];

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("TerminationDecision", this.id);
  }
}
