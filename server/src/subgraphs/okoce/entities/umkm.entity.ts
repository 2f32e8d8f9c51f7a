import { BigIntType, Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../../shared/db/base.entity";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar, RupiahScalar } from "../../../shared/graphql/scalars";
import { Region, regionRef } from "./external/region";
import { OkOceChapter } from "./ok-oce-chapter.entity";
import { SevenPasStage } from "./seven-pas-stage";
import { UmkmClass } from "./umkm-class";

@Entity({
  tableName: "umkm",
  comment: "The UMKM registry: businesses OK OCE fosters, with owner NIK and phone in clear.",
})
@Check({ name: "umkm_owner_nik_digits", expression: `"owner_nik" ~ '^[0-9]{16}$'` })
@Check({ name: "umkm_district_code_form", expression: String.raw`"district_code" ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$'` })
@Check({
  name: "umkm_village_in_district",
  expression: String.raw`"village_code" ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$' and left("village_code", 8) = "district_code"`,
})
@Check({ name: "umkm_workers_not_negative", expression: '"workers" >= 0' })
@Check({ name: "umkm_amounts_not_negative", expression: '"business_capital" >= 0 and "annual_sales" >= 0' })
@Index({ name: "umkm_chapter_id_index", properties: ["chapter", "businessName", "id"] })
@Index({ name: "umkm_business_name_index", properties: ["businessName", "id"] })
@Index({ name: "umkm_owner_name_index", properties: ["ownerName", "id"] })
@Index({ name: "umkm_joined_on_index", properties: ["joinedOn", "id"] })
@Index({ name: "umkm_workers_index", properties: ["workers", "id"] })
@Index({ name: "umkm_created_at_index", properties: ["createdAt", "id"] })
@Index({
  name: "umkm_district_code_pattern_index",
  expression: 'create index "umkm_district_code_pattern_index" on "okoce"."umkm" ("district_code" text_pattern_ops)',
})
@Index({
  name: "umkm_business_name_trgm_index",
  expression:
    'create index "umkm_business_name_trgm_index" on "okoce"."umkm" using gin ("business_name" public.gin_trgm_ops)',
})
@Index({
  name: "umkm_owner_name_trgm_index",
  expression:
    'create index "umkm_owner_name_trgm_index" on "okoce"."umkm" using gin ("owner_name" public.gin_trgm_ops)',
})
@ObjectType("Umkm", {
  description: "A micro, small or medium business (UMKM) in the OK OCE registry, usually fostered by a chapter.",
})
@Directive('@key(fields: "id")')
export class Umkm extends BaseEntity {
  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Umkm", this.id);
  }

  @Property({ type: "text" })
  @Field(() => String)
  businessName!: string;

  @Property({ type: "text" })
  @Field(() => String)
  ownerName!: string;

  /** In GraphQL through UmkmResolver, which decides whether the viewer sees it in clear. */
  @Index({ name: "umkm_owner_nik_index" })
  @Property({ type: "string", length: 16 })
  ownerNik!: string;

  /** In GraphQL through UmkmResolver, like ownerNik. */
  @Property({ type: "text", nullable: true })
  phone!: string | null;

  @Index({ name: "umkm_umkm_class_index" })
  @Enum({ items: () => UmkmClass, type: "text" })
  @Field(() => UmkmClass)
  umkmClass!: UmkmClass;

  @Index({ name: "umkm_sector_index" })
  @Property({ type: "text" })
  @Field(() => String, { description: "One of umkmSectors." })
  sector!: string;

  @Index({ name: "umkm_street_vendor_index" })
  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "A pedagang kaki lima (street vendor)." })
  streetVendor!: boolean;

  /** The kecamatan; `kecamatan` in GraphQL, `district_code` for the other subgraphs. */
  @Property({ type: "string", length: 13 })
  districtCode!: string;

  @Index({ name: "umkm_village_code_index" })
  @Property({ type: "string", length: 13, nullable: true })
  villageCode!: string | null;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "People working in the business, the owner included." })
  workers!: number;

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "When the business joined OK OCE." })
  joinedOn!: string;

  @Index({ name: "umkm_stage_index" })
  @Enum({ items: () => SevenPasStage, type: "text" })
  @Field(() => SevenPasStage)
  stage!: SevenPasStage;

  @ManyToOne(() => OkOceChapter, { ref: true, nullable: true, deleteRule: "restrict" })
  chapter!: Ref<OkOceChapter> | null;

  @Property({ type: new BigIntType("number"), nullable: true })
  @Field(() => RupiahScalar, { nullable: true, description: "Modal usaha, excluding land and buildings." })
  businessCapital!: number | null;

  @Property({ type: new BigIntType("number"), nullable: true })
  @Field(() => RupiahScalar, { nullable: true, description: "Hasil penjualan tahunan." })
  annualSales!: number | null;

  @Field(() => Region, { name: "kecamatan", description: "The kecamatan (district) the business is in." })
  get kecamatan(): Region {
    return regionRef(this.districtCode);
  }

  @Field(() => Region, { name: "village", nullable: true, description: "The desa or kelurahan, inside the kecamatan." })
  get village(): Region | null {
    return regionRef(this.villageCode);
  }
}
