import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * Rollup row of a province, regency or kecamatan (one per prefix of the participants' district codes),
 * maintained by statement-level triggers. Read by `Region.coverage`.
 */
@Entity({ tableName: "region_coverage" })
export class RegionCoverageRow {
  @PrimaryKey({ type: "string", length: 13 })
  regionCode!: string;

  @Property({ type: "integer", default: 0 })
  participantsActive = 0;

  @Property({ type: "integer", default: 0 })
  participantsTotal = 0;

  /** UMKM located in the region (by their own kecamatan) with at least one ACTIVE participant. */
  @Property({ type: "integer", default: 0 })
  umkmCovered = 0;
}
