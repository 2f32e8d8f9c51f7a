import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, MonthScalar } from "../../../shared/graphql/scalars";
import { PaymentStateKind } from "./payment-state";

registerEnumType(PaymentStateKind, {
  name: "PaymentState",
  description: "Where a participant stands with their monthly contributions today (Asia/Jakarta).",
  valuesConfig: {
    CURRENT: { description: "Nothing past its due date is unpaid." },
    OVERDUE: { description: "A month is unpaid past its due date: remind the participant." },
    LAPSED: { description: "Overdue with at least the configured number of unpaid months (lapseAfterMonths)." },
  },
});

@ObjectType({
  description: "A participant's contribution standing, derived today from their payments and dated rules.",
})
export class PaymentStatus {
  @Field(() => PaymentStateKind)
  state!: PaymentStateKind;

  @Field(() => Int, { description: "Months from registration to last month with no contribution." })
  unpaidMonths!: number;

  @Field(() => MonthScalar, { nullable: true, description: "The oldest month not paid; null when none is." })
  oldestUnpaidPeriod!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the oldest unpaid month fell due (15th of the next month; 30th in the PP 49/2020 relief).",
  })
  dueOn!: string | null;

  @Field(() => Int, { description: "Unpaid months after which a participant lapses, by the rule in force today." })
  lapseAfterMonths!: number;
}
