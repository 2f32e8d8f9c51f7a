import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";

/** One dated version of the agent lifecycle rules; a new regulation is a new row, never an edit. */
@Entity({ tableName: "agent_rule" })
@ObjectType({ description: "The agent lifecycle rules in force from a date (dated configuration)." })
export class AgentRule {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "date", unique: "agent_rule_valid_from_unique" })
  @Field(() => DateScalar, { description: "First day the rule applies." })
  validFrom!: string;

  @Property({ type: "integer" })
  @Field(() => Int, {
    description: "Consecutive complete months without a new participant and without a contribution before a proposal.",
  })
  inactiveMonths!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "Months after a termination before the person may be appointed again." })
  rejoinAfterMonths!: number;

  @Property({ type: "text" })
  @Field(() => String, { description: "Where the rule comes from." })
  basis!: string;
}
