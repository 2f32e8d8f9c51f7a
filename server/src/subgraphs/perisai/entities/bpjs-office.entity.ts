import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { BpjsOfficeKind } from "./bpjs-office-kind";
import { Node } from "./node";
import { BaseEntity } from "../../../shared/db/base.entity";

@Entity({ tableName: "bpjs_office", comment: "BPJAMSOSTEK offices: Kantor Pusat, Wilayah, Cabang, Cabang Perintis." })
@Check({ name: "bpjs_office_parent_check", expression: `("kind" = 'PUSAT') = ("parent_id" is null)` })
@Index({
  name: "bpjs_office_single_pusat",
  expression: `create unique index "bpjs_office_single_pusat" on "perisai"."bpjs_office" ("kind") where "kind" = 'PUSAT'`,
})
@Index({ name: "bpjs_office_kind_index", properties: ["kind", "name", "id"] })
@Index({ name: "bpjs_office_name_index", properties: ["name", "id"] })
@Index({ name: "bpjs_office_created_at_index", properties: ["createdAt", "id"] })
@Index({
  name: "bpjs_office_region_code_pattern_index",
  expression:
    'create index "bpjs_office_region_code_pattern_index" on "perisai"."bpjs_office" ("region_code" text_pattern_ops)',
})
@Index({
  name: "bpjs_office_name_trgm_index",
  expression:
    'create index "bpjs_office_name_trgm_index" on "perisai"."bpjs_office" using gin ("name" public.gin_trgm_ops)',
})
@ObjectType({
  implements: Node,
  description: "A BPJAMSOSTEK (BPJS Ketenagakerjaan) office and its head (Kepala Kantor).",
})
@Directive('@key(fields: "id")')
export class BpjsOffice extends BaseEntity {
  @Enum({ items: () => BpjsOfficeKind, type: "text" })
  @Field(() => BpjsOfficeKind)
  kind!: BpjsOfficeKind;

  @Property({ type: "text" })
  @Field(() => String, { description: 'e.g. "Kantor Cabang Batam Nagoya".' })
  name!: string;

  /** Null only for the Kantor Pusat; the kind rules keep the tree acyclic. */
  @ManyToOne(() => BpjsOffice, {
    ref: true,
    nullable: true,
    deleteRule: "restrict",
    index: "bpjs_office_parent_id_index",
  })
  parent!: Ref<BpjsOffice> | null;

  @Property({ type: "varchar", length: 13 })
  regionCode!: string;

  @Property({ type: "text" })
  @Field(() => String, { description: "Kepala Kantor, the head of the office." })
  headName!: string;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("BpjsOffice", this.id);
  }
}
