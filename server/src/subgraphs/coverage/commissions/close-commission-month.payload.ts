import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../shared/graphql/user-error";
import { CommissionStatement } from "./commission-statement.entity";
import { OfficeCommissionStatement } from "./office-commission-statement.type";

@ObjectType()
export class CloseCommissionMonthPayload {
  @Field(() => OfficeCommissionStatement, { nullable: true, description: "The sum of the statements below." })
  officeStatement?: OfficeCommissionStatement | null;

  @Field(() => [CommissionStatement], {
    nullable: true,
    description: "Every agent statement of the offices closed, by office and agent.",
  })
  statements?: CommissionStatement[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True when every office asked for had already closed the month: nothing changed.",
  })
  alreadyClosed?: boolean | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
