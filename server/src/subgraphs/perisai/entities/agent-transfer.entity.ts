import { Check, Entity, OptionalProps, Index, ManyToOne, PrimaryKey, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar } from "../../../shared/graphql/scalars";
import { Agent } from "./agent.entity";
import { Node } from "./node";
import { PerisaiOffice } from "./perisai-office.entity";

/**
 * A move of an agent from one Kantor Perisai to another. Kept apart from the status history because a
 * transfer changes the office, not the status, and commission splits need the office an agent served on a
 * given day.
 */
@Entity({ tableName: "agent_transfer" })
@Check({ name: "agent_transfer_office_check", expression: '"from_office_id" <> "to_office_id"' })
@Index({ name: "agent_transfer_agent_id_index", properties: ["agent", "effectiveOn", "id"] })
@ObjectType({ implements: Node, description: "A dated move of an agent between two Kantor Perisai." })
@Directive('@key(fields: "id")')
export class AgentTransfer {
  [OptionalProps]?: "createdAt" | "globalId";

  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @ManyToOne(() => Agent, { ref: true, index: false })
  agent!: Ref<Agent>;

  @ManyToOne(() => PerisaiOffice, { ref: true, index: "agent_transfer_from_office_id_index" })
  fromOffice!: Ref<PerisaiOffice>;

  @ManyToOne(() => PerisaiOffice, { ref: true, index: "agent_transfer_to_office_id_index" })
  toOffice!: Ref<PerisaiOffice>;

  @Property({ type: "date" })
  @Field(() => DateScalar)
  effectiveOn!: string;

  @Property({ type: "text" })
  @Field(() => String)
  reason!: string;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  @Field(() => Date, { description: "When it was recorded." })
  createdAt: Date = new Date();

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("AgentTransfer", this.id);
  }
}
