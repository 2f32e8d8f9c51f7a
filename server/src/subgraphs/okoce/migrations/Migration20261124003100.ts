import { Migration } from "@mikro-orm/migrations";
import { nikHashColumnSql } from "../../../shared/privacy/nik-hash";

/**
 * Owners are matched with participants and agents by a keyed hash of their NIK: the published UMKM view now
 * carries that hash instead of the NIK. The UMKM count per region is published for the coverage-gap ranking.
 */
export class Migration20261124003100 extends Migration {
  override async up(): Promise<void> {
    for (const sql of nikHashColumnSql("okoce", "umkm", "owner_nik", "owner_nik_hash")) this.addSql(sql);
    this.addSql('drop view "okoce"."published_umkm";');
    this.addSql(`
      create view "okoce"."published_umkm" as
      select "id", "district_code"::text as "district_code", "village_code"::text as "village_code", "chapter_id",
        "owner_nik_hash"::text as "owner_nik_hash", "business_name"
      from "okoce"."umkm";`);
    this.addSql(`
      comment on view "okoce"."published_umkm" is 'Read-only contract for other subgraphs: id, district_code, village_code, chapter_id, owner_nik_hash (keyed hash of the owner''s NIK, never the NIK), business_name. Do not write through it.';`);
    this.addSql(`
      create view "okoce"."published_region_umkm_count" as
      select "region_code"::text as "region_code", "umkm_count" from "okoce"."region_umkm_count";`);
    this.addSql(`
      comment on view "okoce"."published_region_umkm_count" is 'Read-only contract: UMKM registered per region code (province, regency, kecamatan, village), kept current by triggers on okoce.umkm.';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "okoce"."published_region_umkm_count";');
    this.addSql('drop view "okoce"."published_umkm";');
    this.addSql(`
      create view "okoce"."published_umkm" as
      select "id", "district_code"::text as "district_code", "village_code"::text as "village_code", "chapter_id",
        "owner_nik"::text as "owner_nik", "business_name"
      from "okoce"."umkm";`);
    this.addSql('drop trigger if exists "umkm_owner_nik_hash" on "okoce"."umkm";');
    this.addSql('drop function if exists "okoce"."umkm_owner_nik_hash"();');
    this.addSql('alter table "okoce"."umkm" drop column if exists "owner_nik_hash";');
  }
}
