import { Check, Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { DateScalar } from "../../../shared/graphql/scalars";
import { regionRef, RegionRef } from "./external/region.ref";

/** The official UMKM population of an area, the denominator of its coverage rate (Kota Batam: 81,486). */
@Entity({ tableName: "region_target" })
@Check({ name: "region_target_umkm_target_check", expression: `"umkm_target" >= 0` })
@ObjectType({ description: "The official UMKM population of a region, the target of its coverage." })
@Directive('@key(fields: "id")')
export class RegionTarget {
  @Field(() => ID, { name: "id" })
  get globalId(): Opt<string> {
    return toGlobalId("RegionTarget", this.regionCode);
  }

  @PrimaryKey({ type: "string", length: 13 })
  @Field(() => String, { description: 'Kemendagri code of the region ("21.71").' })
  regionCode!: string;

  @Property({ type: "integer" })
  @Field(() => Int)
  umkmTarget!: number;

  @Property({ type: "text" })
  @Field(() => String, { description: 'Where the figure comes from ("Kementerian Koperasi dan UKM, data online").' })
  source!: string;

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "Date of the figure." })
  asOf!: string;

  @Field(() => RegionRef, { name: "region" })
  get region(): Opt<RegionRef> {
    return regionRef(this.regionCode);
  }
}
