import { Check, Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../../shared/db/base.entity";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar } from "../../../shared/graphql/scalars";
import { describeRate, type RateRule } from "../domain/contribution-rates";
import { Program } from "./program";
import { RateKind } from "./rate-kind";

@Entity({ tableName: "contribution_rate" })
@Index({ name: "contribution_rate_program_valid_from_index", properties: ["program", "validFrom"] })
@Check({
  name: "contribution_rate_value_check",
  expression: `"value" >= 0 and ("kind" <> 'DISCOUNT' or "value" <= 100)`,
})
@Check({ name: "contribution_rate_validity_check", expression: `"valid_to" is null or "valid_to" >= "valid_from"` })
/** Two base rates of one program in force on one day would add up; an exclusion constraint refuses them. */
@Index({
  name: "contribution_rate_no_overlap",
  expression: `alter table "coverage"."contribution_rate" add constraint "contribution_rate_no_overlap" exclude using gist ("program" with =, "kind" with =, daterange("valid_from", "valid_to", '[]') with &&)`,
})
@ObjectType({
  description: "One dated contribution rule of a program (a rate, a fixed amount or a relief), with its legal basis.",
})
@Directive('@key(fields: "id")')
export class ContributionRate extends BaseEntity {
  @Field(() => ID, { name: "id" })
  get globalId(): Opt<string> {
    return toGlobalId("ContributionRate", this.id);
  }

  @Enum({ items: () => Program, type: "text" })
  @Field(() => Program)
  program!: Program;

  @Enum({ items: () => RateKind, type: "text" })
  @Field(() => RateKind)
  kind!: RateKind;

  @Property({ type: "integer" })
  @Field(() => Int, {
    description:
      "PERCENT_OF_INCOME: basis points (100 = 1 %); FIXED: rupiah per month; DISCOUNT: percent off (99 = 99 %).",
  })
  value!: number;

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "First day the rule applies." })
  validFrom!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Last day the rule applies; null while in force." })
  validTo!: string | null;

  @Property({ type: "text" })
  @Field(() => String, { description: 'The regulation, e.g. "PP 44/2015" or "PP 49/2020 (relaksasi iuran)".' })
  legalBasis!: string;

  @Field(() => String, { name: "summary", description: 'The rule in words: "JKK 1 % of declared income".' })
  get summary(): Opt<string> {
    return describeRate(this);
  }

  toRule(): RateRule {
    const { program, kind, value, validFrom, validTo, legalBasis } = this;
    return { program, kind, value, validFrom, validTo, legalBasis };
  }
}
