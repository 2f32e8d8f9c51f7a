import { BigIntType, Entity, Property, type Opt } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../../shared/db/base.entity";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { MonthScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { agentRef, AgentRef } from "../entities/external/agent.ref";
import { perisaiOfficeRef, PerisaiOfficeRef } from "../entities/external/perisai-office.ref";

/**
 * One agent's commission for one month in one Kantor Perisai, written once by the monthly close and frozen
 * (a database trigger refuses any update or delete). Its contributions and the new participants it counted
 * are listed in commission_statement_contribution and commission_statement_enrolment.
 */
@Entity({ tableName: "commission_statement" })
@ObjectType({
  description:
    "An agent's commission statement for a closed month: contributions paid by the participants they recruited, " +
    "the incentive, the acquisition bonus and the agent/office split, by the scheme in force.",
})
export class CommissionStatement extends BaseEntity {
  @Field(() => ID, { name: "id" })
  get globalId(): Opt<string> {
    return toGlobalId("CommissionStatement", this.id);
  }

  @Property({ type: "string", length: 7 })
  @Field(() => MonthScalar, { description: "The closed month." })
  month!: string;

  @Property({ type: "integer" })
  agentId!: number;

  @Field(() => AgentRef, { name: "agent" })
  get agent(): Opt<AgentRef> {
    return agentRef(this.agentId);
  }

  @Property({ type: "integer" })
  officeId!: number;

  @Field(() => PerisaiOfficeRef, { name: "office", description: "The Kantor Perisai of the participants counted." })
  get office(): Opt<PerisaiOfficeRef> {
    return perisaiOfficeRef(this.officeId);
  }

  @Property({ type: "integer" })
  schemeId!: number;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "Contributions counted (see contributions)." })
  contributionsCount!: number;

  @Property({ type: new BigIntType("number") })
  @Field(() => RupiahScalar, { description: "Sum of the contributions counted." })
  contributionsTotal!: number;

  @Property({ type: "integer", fieldName: "new_participants" })
  @Field(() => Int, { description: "Participants the agent enrolled in the month (see newParticipants)." })
  newParticipantsCount!: number;

  @Property({ type: new BigIntType("number") })
  @Field(() => RupiahScalar, { description: "contributionsTotal × the scheme's rate, half a rupiah rounded up." })
  incentive!: number;

  @Property({ type: new BigIntType("number") })
  @Field(() => RupiahScalar, { description: "The acquisition bonus when newParticipantsCount reached the threshold." })
  bonus!: number;

  @Property({ type: new BigIntType("number") })
  @Field(() => RupiahScalar, { description: "incentive + bonus." })
  total!: number;

  @Property({ type: new BigIntType("number") })
  @Field(() => RupiahScalar, { description: "The agent's share of the total, half a rupiah rounded up." })
  agentShare!: number;

  @Property({ type: new BigIntType("number") })
  @Field(() => RupiahScalar, { description: "The office's share: total − agentShare." })
  officeShare!: number;

  @Field(() => Date, { description: "When the month was closed for this office." })
  get closedAt(): Opt<Date> {
    return this.createdAt;
  }
}
