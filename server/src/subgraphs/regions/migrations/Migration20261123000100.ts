import { Migration } from "@mikro-orm/migrations";

/** Administrative regions (Kemendagri codes) and the view other subgraphs may read. */
export class Migration20261123000100 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create extension if not exists pg_trgm with schema public;");
    this.addSql(`
      create table "regions"."region" (
        "code" varchar(13) primary key,
        "level" text not null check ("level" in ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE')),
        "name" text not null,
        "parent_code" varchar(13) null references "regions"."region" ("code"),
        check (("level" = 'PROVINCE') = ("parent_code" is null))
      );`);
    this.addSql('create index "region_parent_code_index" on "regions"."region" ("parent_code", "code");');
    this.addSql('create index "region_level_index" on "regions"."region" ("level", "code");');
    this.addSql('create index "region_code_pattern_index" on "regions"."region" ("code" text_pattern_ops);');
    this.addSql('create index "region_name_trgm_index" on "regions"."region" using gin ("name" public.gin_trgm_ops);');
    this.addSql(`
      comment on table "regions"."region" is 'Provinces, regencies, kecamatan and villages (idn-area-data, Kemendagri codes).';`);
    this.addSql(`
      create view "regions"."published_region" as select "code", "level", "name", "parent_code" from "regions"."region";`);
    this.addSql(`
      comment on view "regions"."published_region" is 'Read-only contract for other subgraphs that validate region codes in a write.';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "regions"."published_region";');
    this.addSql('drop table if exists "regions"."region";');
  }
}
