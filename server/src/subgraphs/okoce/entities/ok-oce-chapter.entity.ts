import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { BaseEntity } from "../../../shared/db/base.entity";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar } from "../../../shared/graphql/scalars";
import { ChapterLevel } from "./chapter-level";
import { Region, regionRef } from "./external/region";

@Entity({
  tableName: "chapter",
  comment: "OK OCE chapters, a tree by parent_id (national, province, regency, kecamatan).",
})
@Check({ name: "chapter_region_unless_national", expression: `("level" = 'NATIONAL') = ("region_code" is null)` })
@Check({ name: "chapter_not_own_parent", expression: '"parent_id" <> "id"' })
@Index({ name: "chapter_parent_id_index", properties: ["parent", "name", "id"] })
@Index({ name: "chapter_region_code_index", properties: ["regionCode", "name", "id"] })
@Index({ name: "chapter_level_rank_index", properties: ["levelRank", "name", "id"] })
@Index({ name: "chapter_name_index", properties: ["name", "id"] })
@Index({ name: "chapter_founded_on_index", properties: ["foundedOn", "id"] })
@Index({
  name: "chapter_region_code_pattern_index",
  expression: 'create index "chapter_region_code_pattern_index" on "okoce"."chapter" ("region_code" text_pattern_ops)',
})
@Index({
  name: "chapter_name_trgm_index",
  expression: 'create index "chapter_name_trgm_index" on "okoce"."chapter" using gin ("name" public.gin_trgm_ops)',
})
@ObjectType("OkOceChapter", {
  description:
    "An OK OCE chapter: national, province, regency or kecamatan, with its coordinator. Chapters form a tree.",
})
@Directive('@key(fields: "id")')
export class OkOceChapter extends BaseEntity<"levelRank"> {
  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("OkOceChapter", this.id);
  }

  @ManyToOne(() => OkOceChapter, { ref: true, nullable: true, deleteRule: "restrict" })
  parent!: Ref<OkOceChapter> | null;

  @Index({ name: "chapter_level_index" })
  @Enum({ items: () => ChapterLevel, type: "text" })
  @Field(() => ChapterLevel)
  level!: ChapterLevel;

  /** Orders chapters by level, national first; the database derives it from `level`. */
  @Property({
    type: "smallint",
    generated: "(case \"level\" when 'NATIONAL' then 0 when 'PROVINCE' then 1 when 'REGENCY' then 2 else 3 end) stored",
  })
  levelRank!: number;

  @Property({ type: "text" })
  @Field(() => String)
  name!: string;

  @Index({ name: "chapter_brand_index" })
  @Property({ type: "text" })
  @Field(() => String, { description: 'The OK OCE brand the chapter works under, e.g. "OK OCE Progresif".' })
  brand!: string;

  @Property({ type: "string", length: 13, nullable: true })
  regionCode!: string | null;

  @Property({ type: "text" })
  @Field(() => String)
  coordinatorName!: string;

  /** In GraphQL through ChapterResolver, which decides whether the viewer sees it in clear. */
  @Property({ type: "text", nullable: true })
  coordinatorPhone!: string | null;

  @Property({ type: "date" })
  @Field(() => DateScalar)
  foundedOn!: string;

  @Field(() => Region, { name: "region", nullable: true, description: "Where the chapter works; null for NATIONAL." })
  get region(): Region | null {
    return regionRef(this.regionCode);
  }
}
