import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar } from "../../../shared/graphql/scalars";
import { BpjsOffice } from "./bpjs-office.entity";
import { Mou } from "./mou.entity";
import { Node } from "./node";
import { PerisaiOfficeStatus } from "./perisai-office-status";
import { BaseEntity } from "../../../shared/db/base.entity";

@Entity({ tableName: "perisai_office" })
@Check({ name: "perisai_office_monthly_target_check", expression: '"monthly_target" >= 0' })
@Check({ name: "perisai_office_parent_check", expression: '"parent_id" <> "id"' })
@Index({ name: "perisai_office_name_index", properties: ["name", "id"] })
@Index({ name: "perisai_office_established_on_index", properties: ["establishedOn", "id"] })
@Index({ name: "perisai_office_created_at_index", properties: ["createdAt", "id"] })
@Index({ name: "perisai_office_status_index", properties: ["status", "name", "id"] })
@Index({ name: "perisai_office_region_code_index", properties: ["regionCode", "name", "id"] })
@Index({
  name: "perisai_office_region_code_pattern_index",
  expression:
    'create index "perisai_office_region_code_pattern_index" on "perisai"."perisai_office" ("region_code" text_pattern_ops)',
})
@Index({
  name: "perisai_office_name_trgm_index",
  expression:
    'create index "perisai_office_name_trgm_index" on "perisai"."perisai_office" using gin ("name" public.gin_trgm_ops)',
})
@Index({
  name: "perisai_office_single_pioneer",
  expression:
    'create unique index "perisai_office_single_pioneer" on "perisai"."perisai_office" ("pioneer") where "pioneer"',
})
@ObjectType({
  implements: Node,
  description:
    "A Kantor Perisai: houses Agen Perisai, works under a BPJAMSOSTEK branch, has a monthly acquisition target.",
})
@Directive('@key(fields: "id")')
export class PerisaiOffice extends BaseEntity<"pioneer"> {
  @ManyToOne(() => PerisaiOffice, {
    ref: true,
    nullable: true,
    deleteRule: "restrict",
    index: "perisai_office_parent_id_index",
  })
  parent!: Ref<PerisaiOffice> | null;

  @Property({ type: "text" })
  @Field(() => String, { description: 'e.g. "Kantor Perisai OK OCE Progresif Batam".' })
  name!: string;

  @Property({ type: "varchar", length: 13 })
  regionCode!: string;

  /** Row id of the hosting chapter in okoce.published_chapter (no foreign key across subgraphs). */
  @Property({ type: "integer", nullable: true, index: "perisai_office_host_chapter_id_index" })
  hostChapterId!: number | null;

  /** A Kantor Cabang or Kantor Cabang Perintis. */
  @ManyToOne(() => BpjsOffice, { ref: true, index: "perisai_office_supervising_branch_id_index" })
  supervisingBranch!: Ref<BpjsOffice>;

  @ManyToOne(() => Mou, { ref: true, nullable: true, deleteRule: "restrict", index: "perisai_office_mou_id_index" })
  mou!: Ref<Mou> | null;

  @Enum({ items: () => PerisaiOfficeStatus, type: "text" })
  @Field(() => PerisaiOfficeStatus)
  status!: PerisaiOfficeStatus;

  @Property({ type: "boolean", default: false })
  @Field(() => Boolean, { description: "The pioneer office of the network (Batam); at most one office is." })
  pioneer: boolean = false;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "Monthly acquisition target: new participants per month." })
  monthlyTarget!: number;

  @Property({ type: "date" })
  @Field(() => DateScalar)
  establishedOn!: string;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("PerisaiOffice", this.id);
  }
}
