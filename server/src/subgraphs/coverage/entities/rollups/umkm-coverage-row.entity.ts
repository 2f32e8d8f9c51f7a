import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * Rollup row of a UMKM, maintained by statement-level triggers. The kecamatan is the UMKM's own (from
 * okoce.published_umkm when the UMKM first gets a participant), so region_coverage.umkm_covered counts
 * the same UMKM that the registry counts in the region.
 */
@Entity({ tableName: "umkm_coverage" })
export class UmkmCoverageRow {
  @PrimaryKey({ type: "integer", autoincrement: false })
  umkmId!: number;

  @Property({ type: "text", nullable: true })
  districtCode: string | null = null;

  @Property({ type: "integer", default: 0 })
  participantsActive = 0;

  @Property({ type: "integer", default: 0 })
  participantsTotal = 0;
}
