import { Field, ID, InputType } from "type-graphql";
import { MonthScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "Narrows monthly totals to an office, an agent and a range of months." })
export class MonthlyTotalsFilter {
  @Field(() => ID, { nullable: true })
  officeId?: string;

  @Field(() => ID, { nullable: true })
  agentId?: string;

  @Field(() => MonthScalar, { nullable: true })
  periodFrom?: string;

  @Field(() => MonthScalar, { nullable: true })
  periodTo?: string;
}
