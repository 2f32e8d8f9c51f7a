import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../../shared/graphql/scalars";

/** One dated version of the office target rules; a new regulation is a new row, never an edit. */
@Entity({ tableName: "office_target_rule" })
@ObjectType({ description: "The office target rules in force from a date (dated configuration)." })
export class OfficeTargetRule {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "date", unique: "office_target_rule_valid_from_unique" })
  @Field(() => DateScalar, { description: "First day the rule applies." })
  validFrom!: string;

  @Property({ type: "integer" })
  @Field(() => Int, {
    description:
      "The default minimum, as a percentage of the monthly target (rounded up), of a target set without one.",
  })
  minimumPercent!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "Consecutive complete months under the minimum that put an office under review." })
  reviewMonths!: number;

  @Property({ type: "text" })
  @Field(() => String, { description: "Where the rule comes from." })
  basis!: string;
}
