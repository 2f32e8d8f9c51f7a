import { Field, ID, InputType } from "type-graphql";
import { DateScalar, MonthScalar, RupiahScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "A monthly payment of one participant. Send it again with the same clientKey safely." })
export class RecordContributionInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => MonthScalar, { description: "The month paid for: from the registration month to the current month." })
  period!: string;

  @Field(() => String, {
    description: "Idempotency key chosen by the caller (e.g. a UUID per payment): a repeat returns the first result.",
  })
  clientKey!: string;

  @Field(() => DateScalar, { nullable: true, description: "Defaults to today (Asia/Jakarta); never in the future." })
  paidOn?: string | null;

  @Field(() => RupiahScalar, {
    nullable: true,
    description: "The total the payer handed over; when given it must equal the computed total.",
  })
  amount?: number | null;
}
