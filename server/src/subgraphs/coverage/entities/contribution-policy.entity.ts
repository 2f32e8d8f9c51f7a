import { Check, Entity, Index, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../../shared/db/base.entity";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import type { PolicyRule } from "../domain/contribution-rates";

@Entity({ tableName: "contribution_policy" })
@Check({ name: "contribution_policy_minimum_income_check", expression: `"minimum_income" >= 0` })
@Check({ name: "contribution_policy_due_day_check", expression: `"due_day" >= 1 and "due_day" <= 31` })
@Check({ name: "contribution_policy_validity_check", expression: `"valid_to" is null or "valid_to" >= "valid_from"` })
/** One policy in force on any day; an exclusion constraint, which MikroORM knows only by name. */
@Index({
  name: "contribution_policy_no_overlap",
  expression: `alter table "coverage"."contribution_policy" add constraint "contribution_policy_no_overlap" exclude using gist (daterange("valid_from", "valid_to", '[]') with &&)`,
})
@ObjectType({ description: "The dated terms around the rates: the minimum declared income and the due day." })
@Directive('@key(fields: "id")')
export class ContributionPolicy extends BaseEntity {
  @Field(() => ID, { name: "id" })
  get globalId(): Opt<string> {
    return toGlobalId("ContributionPolicy", this.id);
  }

  @Property({ type: "integer" })
  @Field(() => RupiahScalar, { description: "The lowest monthly income a BPU participant may declare." })
  minimumIncome!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "Day of the month after the period by which its contribution is due." })
  dueDay!: number;

  @Property({ type: "date" })
  @Field(() => DateScalar)
  validFrom!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Last day the policy applies; null while in force." })
  validTo!: string | null;

  @Property({ type: "text" })
  @Field(() => String)
  legalBasis!: string;

  toRule(): PolicyRule {
    const { minimumIncome, dueDay, validFrom, validTo, legalBasis } = this;
    return { minimumIncome, dueDay, validFrom, validTo, legalBasis };
  }
}
