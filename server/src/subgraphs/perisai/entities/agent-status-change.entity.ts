import { Check, Entity, OptionalProps, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar } from "../../../shared/graphql/scalars";
import { AgentStatus } from "./agent-status";
import { Agent } from "./agent.entity";
import { Node } from "./node";

/** One line of an agent's dated status history; written with every status change, never edited. */
@Entity({ tableName: "agent_status_change" })
@Check({ name: "agent_status_change_status_check", expression: '"from_status" is distinct from "to_status"' })
@Index({ name: "agent_status_change_agent_id_index", properties: ["agent", "effectiveOn", "id"] })
@Index({ name: "agent_status_change_terminated_index", properties: ["toStatus", "agent"] })
@ObjectType({ implements: Node, description: "A dated change of an agent's status, with its reason." })
@Directive('@key(fields: "id")')
export class AgentStatusChange {
  [OptionalProps]?: "createdAt" | "globalId";

  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @ManyToOne(() => Agent, { ref: true, index: false })
  agent!: Ref<Agent>;

  @Enum({ items: () => AgentStatus, type: "text", nullable: true })
  @Field(() => AgentStatus, { nullable: true, description: "Null for the appointment, the first line." })
  fromStatus!: AgentStatus | null;

  @Enum({ items: () => AgentStatus, type: "text" })
  @Field(() => AgentStatus)
  toStatus!: AgentStatus;

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "The day the change took effect (Asia/Jakarta)." })
  effectiveOn!: string;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  @Field(() => Date, { description: "When it was recorded." })
  createdAt: Date = new Date();

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("AgentStatusChange", this.id);
  }
}
