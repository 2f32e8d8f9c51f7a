import { Migration } from "@mikro-orm/migrations";

/**
 * The kecamatan rows of the UMKM count, published for the coverage-gap ranking and indexed on their own:
 * the ranking merges them in code order with the 7,285 kecamatan instead of hashing all 91,000 region rows
 * (villages included). The count rides in the index so the merge reads no table pages; an UMKM write then
 * updates its kecamatan's row outside HOT, a small price next to a scan on every ranking.
 */
export class Migration20261124020010 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create index "region_umkm_count_district_index" on "okoce"."region_umkm_count" ("region_code")
        include ("umkm_count") where length("region_code") = 8;`);
    this.addSql(`
      create view "okoce"."published_district_umkm_count" as
      select "region_code"::text as "district_code", "umkm_count" from "okoce"."region_umkm_count"
      where length("region_code") = 8;`);
    this.addSql(`
      comment on view "okoce"."published_district_umkm_count" is 'Read-only contract: UMKM registered per kecamatan (district_code "21.71.06"), kept current by triggers on okoce.umkm; a kecamatan with no UMKM has no row.';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "okoce"."published_district_umkm_count";');
    this.addSql('drop index if exists "okoce"."region_umkm_count_district_index";');
  }
}
