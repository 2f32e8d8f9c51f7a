import { Check, Entity, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar } from "../../../shared/graphql/scalars";
import { BpjsOffice } from "./bpjs-office.entity";
import { Node } from "./node";
import { BaseEntity } from "../../../shared/db/base.entity";

@Entity({ tableName: "mou" })
@Check({ name: "mou_umkm_target_check", expression: '"umkm_target" >= 0' })
@Check({ name: "mou_validity_check", expression: '"valid_until" is null or "valid_until" >= "valid_from"' })
@Index({ name: "mou_signed_on_index", properties: ["signedOn", "id"] })
@Index({ name: "mou_validity_index", properties: ["validFrom", "validUntil"] })
@Index({
  name: "mou_search_trgm_index",
  expression:
    'create index "mou_search_trgm_index" on "perisai"."mou" using gin ("number" public.gin_trgm_ops, "title" public.gin_trgm_ops)',
})
@ObjectType({
  implements: Node,
  description:
    "A Nota Kesepahaman (MoU) between a BPJAMSOSTEK office and an OK OCE chapter, with its validity and UMKM target.",
})
@Directive('@key(fields: "id")')
export class Mou extends BaseEntity {
  @Property({ type: "text", unique: "mou_number_unique" })
  @Field(() => String, { description: 'The agreement number, e.g. "001/MOU/BPJSTK-OKOCE/VII/2020"; unique.' })
  number!: string;

  @Property({ type: "text" })
  @Field(() => String)
  title!: string;

  @ManyToOne(() => BpjsOffice, { ref: true, index: "mou_bpjs_office_id_index" })
  bpjsOffice!: Ref<BpjsOffice>;

  /** Row id of the OK OCE chapter in okoce.published_chapter (another subgraph's table: no foreign key). */
  @Property({
    type: "integer",
    index: "mou_chapter_id_index",
    comment: "Row id in okoce.published_chapter (owned by the okoce subgraph: no foreign key).",
  })
  chapterId!: number;

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "The day it was signed." })
  signedOn!: string;

  @Property({ type: "text" })
  @Field(() => String, { description: 'Where it was signed, e.g. "Batam".' })
  place!: string;

  @Property({ type: "text" })
  @Field(() => String, { description: "Who signed for BPJAMSOSTEK." })
  bpjsSignatory!: string;

  @Property({ type: "text" })
  @Field(() => String)
  bpjsSignatoryTitle!: string;

  @Property({ type: "text" })
  @Field(() => String, { description: "Who signed for OK OCE." })
  okoceSignatory!: string;

  @Property({ type: "text" })
  @Field(() => String)
  okoceSignatoryTitle!: string;

  @Property({ type: "text" })
  @Field(() => String, { description: "What the parties agreed to do." })
  scope!: string;

  @Property({ type: "date" })
  @Field(() => DateScalar)
  validFrom!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Last day of validity; null while open-ended." })
  validUntil!: string | null;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "How many UMKM the parties aim to enrol." })
  umkmTarget!: number;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Mou", this.id);
  }

  isActiveOn(date: string): boolean {
    return this.validFrom <= date && (this.validUntil === null || date <= this.validUntil);
  }
}
