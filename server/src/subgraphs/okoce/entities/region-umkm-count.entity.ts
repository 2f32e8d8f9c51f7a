import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * How many UMKM each province, regency, kecamatan and village holds, itself and below. Written only by the
 * statement-level triggers on okoce.umkm (see the migration), in the same transaction as the UMKM rows.
 */
@Entity({
  tableName: "region_umkm_count",
  readonly: true,
  comment: "UMKM per region code and all regions below it; kept by triggers on okoce.umkm.",
})
export class RegionUmkmCount {
  @PrimaryKey({ type: "string", length: 13 })
  regionCode!: string;

  @Property({ type: "integer" })
  umkmCount!: number;
}
