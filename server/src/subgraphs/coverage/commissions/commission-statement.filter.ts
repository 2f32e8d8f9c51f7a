import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { MonthScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "Narrows a list of commission statements; all given conditions must hold." })
export class CommissionStatementFilter {
  @Field(() => ID, { nullable: true })
  agentId?: string;

  @Field(() => ID, { nullable: true, description: "Statements of this Kantor Perisai (not its sub-offices)." })
  officeId?: string;

  @Field(() => MonthScalar, { nullable: true })
  month?: string;

  @Field(() => MonthScalar, { nullable: true, description: "This month or later." })
  from?: string;

  @Field(() => MonthScalar, { nullable: true, description: "This month or earlier." })
  to?: string;
}

export enum CommissionStatementSortKey {
  MONTH = "MONTH",
  TOTAL = "TOTAL",
}

registerEnumType(CommissionStatementSortKey, {
  name: "CommissionStatementSortKey",
  description: "Orders of a list of commission statements.",
});
