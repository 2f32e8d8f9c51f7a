import { Check, Entity, Enum, Index, Property, Unique, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../../../shared/db/base.entity";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { agentRef, AgentRef } from "./external/agent.ref";
import { perisaiOfficeRef, PerisaiOfficeRef } from "./external/perisai-office.ref";
import { regionRef, RegionRef } from "./external/region.ref";
import { umkmRef, UmkmRef } from "./external/umkm.ref";
import { ParticipantStatus } from "./participant-status";
import { Program } from "./program";
import { Sex } from "./sex";

/**
 * The SQL default that numbers a KPJ card: 11 digits from a sequence the migration creates. Written as
 * PostgreSQL prints it back, so the schema comparison sees no change.
 */
export const KPJ_NUMBER_DEFAULT =
  "lpad((nextval('coverage.participant_kpj_number_seq'::regclass))::text, 11, '0'::text)";

@Entity({ tableName: "participant" })
@Index({ name: "participant_registered_on_id_index", properties: ["registeredOn", "id"] })
@Index({ name: "participant_name_id_index", properties: ["name", "id"] })
@Index({ name: "participant_status_registered_on_id_index", properties: ["status", "registeredOn", "id"] })
@Index({ name: "participant_agent_id_registered_on_id_index", properties: ["agentId", "registeredOn", "id"] })
@Index({ name: "participant_office_id_registered_on_id_index", properties: ["officeId", "registeredOn", "id"] })
@Index({ name: "participant_umkm_id_registered_on_id_index", properties: ["umkmId", "registeredOn", "id"] })
@Index({
  name: "participant_district_code_pattern_index",
  expression:
    'create index "participant_district_code_pattern_index" on "coverage"."participant" ("district_code" varchar_pattern_ops)',
})
@Index({
  name: "participant_name_trgm_index",
  expression:
    'create index "participant_name_trgm_index" on "coverage"."participant" using gin ("name" public.gin_trgm_ops)',
})
@Index({
  name: "participant_programs_index",
  expression: 'create index "participant_programs_index" on "coverage"."participant" using gin ("programs")',
})
@Check({ name: "participant_nik_check", expression: `"nik" ~ '^[0-9]{16}$'` })
@Check({ name: "participant_kpj_number_check", expression: `"kpj_number" ~ '^[0-9]{11}$'` })
@Check({ name: "participant_name_check", expression: `length(btrim("name")) > 0` })
@Check({ name: "participant_phone_check", expression: `"phone" ~ '^\\+62[0-9]{8,12}$'` })
@Check({ name: "participant_declared_income_check", expression: `"declared_income" >= 0` })
@Check({
  name: "participant_programs_check",
  expression: `"programs" <@ array['JKK', 'JKM', 'JHT']::text[] and "programs" @> array['JKK', 'JKM']::text[]`,
})
@Check({ name: "participant_district_code_check", expression: `"district_code" ~ '^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}$'` })
@ObjectType({ description: "A BPU (Bukan Penerima Upah) participant enrolled by an Agen Perisai." })
@Directive('@key(fields: "id")')
export class Participant extends BaseEntity<"kpjNumber" | "status" | "phone" | "umkmId"> {
  @Field(() => ID, { name: "id" })
  get globalId(): Opt<string> {
    return toGlobalId("Participant", this.id);
  }

  /** In clear here; the API shows it in clear or masked by the viewer's scope (ParticipantResolver). */
  @Unique({ name: "participant_nik_unique" })
  @Property({ type: "string", length: 16 })
  nik!: string;

  @Unique({ name: "participant_kpj_number_unique" })
  @Property({ type: "string", length: 11, defaultRaw: KPJ_NUMBER_DEFAULT })
  @Field(() => String, { description: "KPJ card number (Kartu Peserta Jamsostek), 11 digits, given on enrolment." })
  kpjNumber!: string;

  @Property({ type: "text" })
  @Field(() => String)
  name!: string;

  /** Derived from the NIK at enrolment; personal data like the NIK. */
  @Property({ type: "date" })
  birthDate!: string;

  @Enum({ items: () => Sex, type: "text" })
  @Field(() => Sex, { description: "From the NIK." })
  sex!: Sex;

  /** E.164 (+62…); personal data like the NIK. */
  @Property({ type: "text", nullable: true })
  phone: string | null = null;

  @Property({ type: "integer" })
  @Field(() => RupiahScalar, { description: "Declared monthly income, the base of the JKK and JHT amounts." })
  declaredIncome!: number;

  @Enum({ items: () => Program, array: true, type: "text[]" })
  @Field(() => [Program], { description: "Programs joined: JKK and JKM always, JHT when chosen." })
  programs!: Program[];

  /** The participant's kecamatan (Kemendagri code "21.71.06"). */
  @Property({ type: "string", length: 13 })
  districtCode!: string;

  @Field(() => RegionRef, { name: "kecamatan", description: "The participant's kecamatan." })
  get kecamatan(): Opt<RegionRef> {
    return regionRef(this.districtCode);
  }

  @Property({ type: "integer", nullable: true })
  umkmId: number | null = null;

  @Field(() => UmkmRef, { name: "umkm", nullable: true, description: "The UMKM the participant owns or works for." })
  get umkm(): UmkmRef | null {
    return this.umkmId === null ? null : umkmRef(this.umkmId);
  }

  @Property({ type: "integer" })
  agentId!: number;

  @Field(() => AgentRef, {
    name: "agent",
    nullable: true,
    description:
      "The Agen Perisai who enrolled the participant. Null when that agent is outside what the caller may see.",
  })
  get agent(): Opt<AgentRef> {
    return agentRef(this.agentId);
  }

  @Property({ type: "integer" })
  officeId!: number;

  @Field(() => PerisaiOfficeRef, {
    name: "office",
    nullable: true,
    description: "The agent's Kantor Perisai at enrolment. Null when that office is outside what the caller may see.",
  })
  get office(): Opt<PerisaiOfficeRef> {
    return perisaiOfficeRef(this.officeId);
  }

  @Enum({ items: () => ParticipantStatus, type: "text", default: ParticipantStatus.ACTIVE })
  @Field(() => ParticipantStatus)
  status: ParticipantStatus = ParticipantStatus.ACTIVE;

  @Property({ type: "date" })
  @Field(() => DateScalar)
  registeredOn!: string;
}
