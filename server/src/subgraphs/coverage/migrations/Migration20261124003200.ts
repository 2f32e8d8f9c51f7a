import { Migration } from "@mikro-orm/migrations";
import { nikHashColumnSql } from "../../../shared/privacy/nik-hash";

/**
 * Participants are matched with UMKM owners and agents by a keyed hash of their NIK; the published
 * participant view carries the hash and no longer the NIK.
 */
export class Migration20261124003200 extends Migration {
  override async up(): Promise<void> {
    for (const sql of nikHashColumnSql("coverage", "participant", "nik", "nik_hash")) this.addSql(sql);
    this.addSql('drop view "coverage"."published_participant";');
    this.addSql(`
      create view "coverage"."published_participant" as
        select "id", "agent_id", "office_id", "district_code", "umkm_id", "status", "nik_hash"::text as "nik_hash"
        from "coverage"."participant";`);
    this.addSql(`
      comment on view "coverage"."published_participant" is
        'Read-only contract for other subgraphs: id, agent_id, office_id, district_code, umkm_id, status, nik_hash (keyed hash of the NIK, never the NIK).';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view "coverage"."published_participant";');
    this.addSql(`
      create view "coverage"."published_participant" as
        select "id", "agent_id", "office_id", "district_code", "umkm_id", "status", "nik" from "coverage"."participant";`);
    this.addSql('drop trigger if exists "participant_nik_hash" on "coverage"."participant";');
    this.addSql('drop function if exists "coverage"."participant_nik_hash"();');
    this.addSql('alter table "coverage"."participant" drop column if exists "nik_hash";');
  }
}
