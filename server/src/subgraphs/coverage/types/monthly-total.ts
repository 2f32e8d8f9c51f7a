import { Field, Int, ObjectType } from "type-graphql";
import { MonthScalar, RupiahScalar } from "../../../shared/graphql/scalars";

@ObjectType({ description: "Enrolments and contributions of one month (read from the monthly rollup)." })
export class MonthlyTotal {
  @Field(() => MonthScalar)
  period!: string;

  @Field(() => Int, { description: "Participants registered in the month." })
  enrolments!: number;

  @Field(() => RupiahScalar, { description: "Contributions recorded for the month." })
  contributionsTotal!: number;

  @Field(() => Int)
  contributionsCount!: number;
}
