import { Field, ObjectType } from "type-graphql";
import { RupiahScalar } from "../../../shared/graphql/scalars";
import type { ContributionAmounts as Amounts } from "../domain/contribution-rates";

@ObjectType({ description: "A monthly contribution split per program, in whole rupiah." })
export class ContributionAmounts implements Amounts {
  @Field(() => RupiahScalar)
  jkk!: number;

  @Field(() => RupiahScalar)
  jkm!: number;

  @Field(() => RupiahScalar)
  jht!: number;

  @Field(() => RupiahScalar)
  total!: number;

  static of(amounts: Amounts): ContributionAmounts {
    return Object.assign(new ContributionAmounts(), amounts);
  }
}
