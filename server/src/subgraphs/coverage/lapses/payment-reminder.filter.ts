import { Field, ID, InputType } from "type-graphql";
import { PaymentStateKind } from "./payment-state";

@InputType({ description: "Narrows the reminder list; all given conditions must hold." })
export class PaymentReminderFilter {
  @Field(() => ID, { nullable: true, description: "Participants this agent enrolled." })
  agentId?: string;

  @Field(() => ID, { nullable: true, description: "Participants of this Kantor Perisai (not its sub-offices)." })
  officeId?: string;

  @Field(() => PaymentStateKind, {
    nullable: true,
    description: "OVERDUE or LAPSED only (CURRENT lists the participants in good standing); default both.",
  })
  state?: PaymentStateKind;
}
