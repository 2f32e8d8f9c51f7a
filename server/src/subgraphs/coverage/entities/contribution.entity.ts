import { Check, Entity, Index, ManyToOne, Property, Unique, type Opt, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../../../shared/db/base.entity";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar, MonthScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { agentRef, AgentRef } from "./external/agent.ref";
import { perisaiOfficeRef, PerisaiOfficeRef } from "./external/perisai-office.ref";
import { Participant } from "./participant.entity";

/**
 * One month's payment of one participant, split per program. The enrolling agent and office are copied
 * from the participant when the payment is recorded, so lists and rollups by agent or office need no join.
 */
@Entity({ tableName: "contribution" })
@Unique({ name: "contribution_participant_id_period_unique", properties: ["participant", "period"] })
@Index({ name: "contribution_period_id_index", properties: ["period", "id"] })
@Index({ name: "contribution_paid_on_id_index", properties: ["paidOn", "id"] })
@Index({ name: "contribution_agent_id_period_id_index", properties: ["agentId", "period", "id"] })
@Index({ name: "contribution_office_id_period_id_index", properties: ["officeId", "period", "id"] })
@Check({ name: "contribution_period_check", expression: `"period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'` })
@Check({ name: "contribution_jkk_check", expression: `"jkk" >= 0` })
@Check({ name: "contribution_jkm_check", expression: `"jkm" >= 0` })
@Check({ name: "contribution_jht_check", expression: `"jht" >= 0` })
@ObjectType({ description: "A monthly contribution (iuran) paid for one participant." })
@Directive('@key(fields: "id")')
export class Contribution extends BaseEntity<"total"> {
  @Field(() => ID, { name: "id" })
  get globalId(): Opt<string> {
    return toGlobalId("Contribution", this.id);
  }

  /** Resolved through a loader (`participant` field), never lazily per row. */
  @ManyToOne(() => Participant, { ref: true, index: false })
  participant!: Ref<Participant>;

  @Property({ type: "integer" })
  agentId!: number;

  @Field(() => AgentRef, {
    name: "agent",
    nullable: true,
    description: "The agent who enrolled the participant. Null when that agent is outside what the caller may see.",
  })
  get agent(): Opt<AgentRef> {
    return agentRef(this.agentId);
  }

  @Property({ type: "integer" })
  officeId!: number;

  @Field(() => PerisaiOfficeRef, {
    name: "office",
    nullable: true,
    description: "The participant's Kantor Perisai. Null when that office is outside what the caller may see.",
  })
  get office(): Opt<PerisaiOfficeRef> {
    return perisaiOfficeRef(this.officeId);
  }

  @Property({ type: "string", length: 7 })
  @Field(() => MonthScalar, { description: "The month this payment covers." })
  period!: string;

  @Property({ type: "integer" })
  @Field(() => RupiahScalar, { description: "Jaminan Kecelakaan Kerja part." })
  jkk!: number;

  @Property({ type: "integer" })
  @Field(() => RupiahScalar, { description: "Jaminan Kematian part." })
  jkm!: number;

  @Property({ type: "integer" })
  @Field(() => RupiahScalar, { description: "Jaminan Hari Tua part (0 when the participant has no JHT)." })
  jht!: number;

  @Property({ type: "integer", generated: "(jkk + jkm + jht) stored" })
  @Field(() => RupiahScalar)
  total!: number;

  @Property({ type: "date" })
  @Field(() => DateScalar)
  paidOn!: string;

  @Unique({ name: "contribution_client_key_unique" })
  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "The caller's idempotency key: recording the same key again changes nothing." })
  clientKey!: string;
}
