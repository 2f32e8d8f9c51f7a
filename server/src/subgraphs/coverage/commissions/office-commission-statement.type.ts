import { Field, Int, ObjectType } from "type-graphql";
import { MonthScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { PerisaiOfficeRef } from "../entities/external/perisai-office.ref";

@ObjectType({
  description:
    "A Kantor Perisai's commission for a month: the sum of its agents' statements (and its sub-offices' when asked). " +
    "officeShare is what the office keeps.",
})
export class OfficeCommissionStatement {
  @Field(() => PerisaiOfficeRef, { nullable: true, description: "Null for a close of every office at once." })
  office!: PerisaiOfficeRef | null;

  @Field(() => MonthScalar)
  month!: string;

  @Field(() => Boolean, { description: "Whether the sums include the statements of the offices below this one." })
  includesSubOffices!: boolean;

  @Field(() => Int, { description: "Offices summed." })
  officeCount!: number;

  @Field(() => Int, { description: "Of those, the offices that have closed the month." })
  closedOfficeCount!: number;

  @Field(() => Boolean, { description: "True when every office summed has closed the month (the figures are final)." })
  closed!: boolean;

  @Field(() => Int, { description: "Agent statements summed." })
  agentCount!: number;

  @Field(() => Int)
  contributionsCount!: number;

  @Field(() => RupiahScalar)
  contributionsTotal!: number;

  @Field(() => Int)
  newParticipantsCount!: number;

  @Field(() => RupiahScalar)
  incentive!: number;

  @Field(() => RupiahScalar)
  bonus!: number;

  @Field(() => RupiahScalar)
  total!: number;

  @Field(() => RupiahScalar, { description: "Paid to the agents." })
  agentShare!: number;

  @Field(() => RupiahScalar, { description: "Kept by the offices." })
  officeShare!: number;
}
