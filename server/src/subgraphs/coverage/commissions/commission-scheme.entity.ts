import { Entity, Property, type Opt } from "@mikro-orm/core";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../../shared/db/base.entity";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import type { CommissionSchemeRule } from "./commission-rules";

/** A dated commission scheme (migration Migration20261124001000 holds the table and its first row). */
@Entity({ tableName: "commission_scheme" })
@ObjectType({
  description:
    "The dated commission rule applied to a month's statements: incentive rate, acquisition bonus and split.",
})
export class CommissionScheme extends BaseEntity {
  @Field(() => ID, { name: "id" })
  get globalId(): Opt<string> {
    return toGlobalId("CommissionScheme", this.id);
  }

  @Property({ type: "integer" })
  @Field(() => Int, { description: "Incentive on contributions paid, in basis points (750 = 7.5 %)." })
  incentiveBasisPoints!: number;

  @Field(() => Float, { description: "The incentive as a fraction (0.075)." })
  get incentiveRate(): Opt<number> {
    return this.incentiveBasisPoints / 10_000;
  }

  @Property({ type: "integer" })
  @Field(() => RupiahScalar, { description: "Acquisition bonus for an agent who reaches the threshold in a month." })
  bonusAmount!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "New participants in one month that earn the bonus (this many or more)." })
  bonusThreshold!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "The agent's share of incentive + bonus, in basis points (9000 = 90 %)." })
  agentShareBasisPoints!: number;

  @Field(() => Float, { description: "The agent's share as a fraction (0.9); the office keeps the rest." })
  get agentShare(): Opt<number> {
    return this.agentShareBasisPoints / 10_000;
  }

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "First day the scheme applies (a month uses the scheme of its first day)." })
  validFrom!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Last day the scheme applies; null while in force." })
  validTo!: string | null;

  @Property({ type: "text" })
  @Field(() => String)
  legalBasis!: string;

  toRule(): CommissionSchemeRule {
    const { incentiveBasisPoints, bonusAmount, bonusThreshold, agentShareBasisPoints, validFrom, validTo } = this;
    return { incentiveBasisPoints, bonusAmount, bonusThreshold, agentShareBasisPoints, validFrom, validTo };
  }
}
