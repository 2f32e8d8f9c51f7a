import { Field, ID, InputType } from "type-graphql";
import { MonthScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "Closes a month's commissions for an office and the offices below it." })
export class CloseCommissionMonthInput {
  @Field(() => MonthScalar, { description: "A month that has ended (Asia/Jakarta)." })
  month!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The Kantor Perisai whose subtree to close. Office admins: defaults to their own offices. National " +
      "coordinators: defaults to every office.",
  })
  officeId?: string | null;
}
