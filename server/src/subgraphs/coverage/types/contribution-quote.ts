import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { ContributionPolicy } from "../entities/contribution-policy.entity";
import { ContributionRate } from "../entities/contribution-rate.entity";
import { Program } from "../entities/program";
import { ContributionAmounts } from "./contribution-amounts";

@ObjectType({ description: "What a participant would pay per month, shown before an enrolment is saved." })
export class ContributionQuote extends ContributionAmounts {
  @Field(() => RupiahScalar)
  declaredIncome!: number;

  @Field(() => [Program])
  programs!: Program[];

  @Field(() => DateScalar, { description: "The date whose rules priced the quote." })
  onDate!: string;

  @Field(() => RupiahScalar, { description: "The lowest income that may be declared on that date." })
  minimumIncome!: number;

  @Field(() => Boolean, {
    description: "False when the declared income is below minimumIncome: enrolment would be refused.",
  })
  meetsMinimumIncome!: boolean;

  @Field(() => Int, { description: "Day of the following month by which each month's contribution is due." })
  dueDay!: number;

  @Field(() => [ContributionRate], { description: "The rate rules applied (rates, fixed amounts and reliefs)." })
  rates!: ContributionRate[];

  @Field(() => ContributionPolicy, { description: "The policy applied (minimum income, due day)." })
  policy!: ContributionPolicy;
}
