import { Migration } from "@mikro-orm/migrations";

/**
 * OK OCE chapters and the UMKM registry, the per-region UMKM rollup kept by statement-level triggers, and
 * the views other subgraphs may read.
 */
export class Migration20261123000200 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create extension if not exists pg_trgm with schema public;");
    this.createChapter();
    this.createUmkm();
    this.createRegionUmkmCount();
    this.createPublishedViews();
  }

  private createChapter(): void {
    this.addSql(`
      create table "okoce"."chapter" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" integer not null default 1,
        "parent_id" integer null,
        "level" text check ("level" in ('NATIONAL', 'PROVINCE', 'REGENCY', 'DISTRICT')) not null,
        "level_rank" smallint generated always as (case "level" when 'NATIONAL' then 0 when 'PROVINCE' then 1 when 'REGENCY' then 2 else 3 end) stored,
        "name" text not null,
        "brand" text not null,
        "region_code" varchar(13) null,
        "coordinator_name" text not null,
        "coordinator_phone" text null,
        "founded_on" date not null,
        constraint "chapter_parent_id_foreign" foreign key ("parent_id") references "okoce"."chapter" ("id") on update cascade on delete restrict,
        constraint "chapter_region_unless_national" check (("level" = 'NATIONAL') = ("region_code" is null)),
        constraint "chapter_not_own_parent" check ("parent_id" <> "id")
      );`);
    this.addSql('create index "chapter_parent_id_index" on "okoce"."chapter" ("parent_id", "name", "id");');
    this.addSql('create index "chapter_region_code_index" on "okoce"."chapter" ("region_code", "name", "id");');
    this.addSql(
      'create index "chapter_region_code_pattern_index" on "okoce"."chapter" ("region_code" text_pattern_ops);',
    );
    this.addSql('create index "chapter_level_index" on "okoce"."chapter" ("level");');
    this.addSql('create index "chapter_level_rank_index" on "okoce"."chapter" ("level_rank", "name", "id");');
    this.addSql('create index "chapter_name_index" on "okoce"."chapter" ("name", "id");');
    this.addSql('create index "chapter_name_trgm_index" on "okoce"."chapter" using gin ("name" public.gin_trgm_ops);');
    this.addSql('create index "chapter_brand_index" on "okoce"."chapter" ("brand");');
    this.addSql('create index "chapter_founded_on_index" on "okoce"."chapter" ("founded_on", "id");');
    this.addSql(
      `comment on table "okoce"."chapter" is 'OK OCE chapters, a tree by parent_id (national, province, regency, kecamatan).';`,
    );
  }

  private createUmkm(): void {
    this.addSql(`
      create table "okoce"."umkm" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" integer not null default 1,
        "business_name" text not null,
        "owner_name" text not null,
        "owner_nik" varchar(16) not null,
        "phone" text null,
        "umkm_class" text check ("umkm_class" in ('MIKRO', 'KECIL', 'MENENGAH')) not null,
        "sector" text not null,
        "street_vendor" boolean not null,
        "district_code" varchar(13) not null,
        "village_code" varchar(13) null,
        "workers" integer not null,
        "joined_on" date not null,
        "stage" text check ("stage" in ('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7')) not null,
        "chapter_id" integer null,
        "business_capital" bigint null,
        "annual_sales" bigint null,
        constraint "umkm_chapter_id_foreign" foreign key ("chapter_id") references "okoce"."chapter" ("id") on update cascade on delete restrict,
        constraint "umkm_owner_nik_digits" check ("owner_nik" ~ '^[0-9]{16}$'),
        constraint "umkm_district_code_form" check ("district_code" ~ '^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}$'),
        constraint "umkm_village_in_district" check ("village_code" ~ '^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$' and left("village_code", 8) = "district_code"),
        constraint "umkm_workers_not_negative" check ("workers" >= 0),
        constraint "umkm_amounts_not_negative" check ("business_capital" >= 0 and "annual_sales" >= 0)
      );`);
    this.addSql(
      'create index "umkm_district_code_pattern_index" on "okoce"."umkm" ("district_code" text_pattern_ops);',
    );
    this.addSql('create index "umkm_village_code_index" on "okoce"."umkm" ("village_code");');
    this.addSql('create index "umkm_chapter_id_index" on "okoce"."umkm" ("chapter_id", "business_name", "id");');
    this.addSql('create index "umkm_owner_nik_index" on "okoce"."umkm" ("owner_nik");');
    this.addSql('create index "umkm_umkm_class_index" on "okoce"."umkm" ("umkm_class");');
    this.addSql('create index "umkm_sector_index" on "okoce"."umkm" ("sector");');
    this.addSql('create index "umkm_street_vendor_index" on "okoce"."umkm" ("street_vendor");');
    this.addSql('create index "umkm_stage_index" on "okoce"."umkm" ("stage");');
    this.addSql('create index "umkm_business_name_index" on "okoce"."umkm" ("business_name", "id");');
    this.addSql('create index "umkm_owner_name_index" on "okoce"."umkm" ("owner_name", "id");');
    this.addSql('create index "umkm_joined_on_index" on "okoce"."umkm" ("joined_on", "id");');
    this.addSql('create index "umkm_workers_index" on "okoce"."umkm" ("workers", "id");');
    this.addSql('create index "umkm_created_at_index" on "okoce"."umkm" ("created_at", "id");');
    this.addSql(
      'create index "umkm_business_name_trgm_index" on "okoce"."umkm" using gin ("business_name" public.gin_trgm_ops);',
    );
    this.addSql(
      'create index "umkm_owner_name_trgm_index" on "okoce"."umkm" using gin ("owner_name" public.gin_trgm_ops);',
    );
    this.addSql(
      `comment on table "okoce"."umkm" is 'The UMKM registry: businesses OK OCE fosters, with owner NIK and phone in clear.';`,
    );
  }

  /**
   * One row per province, regency, kecamatan and village code that holds UMKM. Statement-level triggers
   * with transition tables keep it current: a COPY of 80,000 rows fires them once, not 80,000 times.
   */
  private createRegionUmkmCount(): void {
    this.addSql(`
      create table "okoce"."region_umkm_count" (
        "region_code" varchar(13) primary key,
        "umkm_count" integer not null
      );`);
    this.addSql(
      `comment on table "okoce"."region_umkm_count" is 'UMKM per region code and all regions below it; kept by triggers on okoce.umkm.';`,
    );
    this.addSql(`
      create function "okoce"."umkm_region_codes"("district_code" text, "village_code" text) returns text[]
      language sql immutable as $$
        select array_remove(array[left("district_code", 2), left("district_code", 5), "district_code", "village_code"], null)
      $$;`);
    // Added and removed codes cancel out first, so an edit that moves nothing writes nothing; rows are
    // locked in code order so that concurrent writers cannot deadlock on the counters. A CHECK on the count
    // cannot guard it: INSERT … ON CONFLICT checks the proposed row (a negative delta) before it sees the
    // conflict, so a count below zero (the rollup no longer matching its rows) raises here instead.
    this.addSql(`
      create function "okoce"."apply_region_umkm_count"("added" text[], "removed" text[]) returns void
      language plpgsql as $$
      declare
        emptied text[];
        negative text;
      begin
        with moves as (
          select code, 1 as change from unnest(added) as code
          union all
          select code, -1 from unnest(removed) as code
        ), delta as (
          select code, sum(change)::integer as change from moves group by code having sum(change) <> 0
        ), upserted as (
          insert into "okoce"."region_umkm_count" as counted ("region_code", "umkm_count")
          select code, change from delta order by code
          on conflict ("region_code") do update set "umkm_count" = counted."umkm_count" + excluded."umkm_count"
          returning "region_code", "umkm_count"
        )
        select coalesce(array_agg("region_code") filter (where "umkm_count" = 0), '{}'),
               min("region_code") filter (where "umkm_count" < 0)
        into emptied, negative from upserted;
        if negative is not null then
          raise exception 'okoce.region_umkm_count for % would fall below zero', negative;
        end if;
        if cardinality(emptied) > 0 then
          delete from "okoce"."region_umkm_count" where "region_code" = any(emptied);
        end if;
      end
      $$;`);
    this.addSql(`
      create function "okoce"."umkm_counted_after_insert"() returns trigger language plpgsql as $$
      begin
        perform "okoce"."apply_region_umkm_count"(
          array(select unnest("okoce"."umkm_region_codes"("district_code", "village_code")) from new_rows), '{}');
        return null;
      end
      $$;`);
    this.addSql(`
      create function "okoce"."umkm_counted_after_update"() returns trigger language plpgsql as $$
      begin
        perform "okoce"."apply_region_umkm_count"(
          array(select unnest("okoce"."umkm_region_codes"("district_code", "village_code")) from new_rows),
          array(select unnest("okoce"."umkm_region_codes"("district_code", "village_code")) from old_rows));
        return null;
      end
      $$;`);
    this.addSql(`
      create function "okoce"."umkm_counted_after_delete"() returns trigger language plpgsql as $$
      begin
        perform "okoce"."apply_region_umkm_count"(
          '{}', array(select unnest("okoce"."umkm_region_codes"("district_code", "village_code")) from old_rows));
        return null;
      end
      $$;`);
    this.addSql(`
      create function "okoce"."umkm_counted_after_truncate"() returns trigger language plpgsql as $$
      begin
        delete from "okoce"."region_umkm_count";
        return null;
      end
      $$;`);
    this.addSql(`
      create trigger "umkm_region_count_insert" after insert on "okoce"."umkm"
      referencing new table as new_rows for each statement execute function "okoce"."umkm_counted_after_insert"();`);
    this.addSql(`
      create trigger "umkm_region_count_update" after update on "okoce"."umkm"
      referencing old table as old_rows new table as new_rows
      for each statement execute function "okoce"."umkm_counted_after_update"();`);
    this.addSql(`
      create trigger "umkm_region_count_delete" after delete on "okoce"."umkm"
      referencing old table as old_rows for each statement execute function "okoce"."umkm_counted_after_delete"();`);
    this.addSql(`
      create trigger "umkm_region_count_truncate" after truncate on "okoce"."umkm"
      for each statement execute function "okoce"."umkm_counted_after_truncate"();`);
  }

  private createPublishedViews(): void {
    this.addSql(`
      create view "okoce"."published_umkm" as
      select "id", "district_code"::text as "district_code", "village_code"::text as "village_code", "chapter_id",
        "owner_nik"::text as "owner_nik", "business_name"
      from "okoce"."umkm";`);
    this.addSql(`
      comment on view "okoce"."published_umkm" is 'Read-only contract for other subgraphs that validate a UMKM in a write (agent owner, participant). Do not write through it.';`);
    this.addSql(`
      create view "okoce"."published_chapter" as
      select "id", "parent_id", "level", "region_code"::text as "region_code", "name", "brand"
      from "okoce"."chapter";`);
    this.addSql(`
      comment on view "okoce"."published_chapter" is 'Read-only contract for other subgraphs that validate a chapter in a write (MoU party, host chapter). Do not write through it.';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "okoce"."published_chapter";');
    this.addSql('drop view if exists "okoce"."published_umkm";');
    this.addSql('drop table if exists "okoce"."region_umkm_count";');
    this.addSql('drop table if exists "okoce"."umkm";');
    this.addSql('drop table if exists "okoce"."chapter";');
    this.addSql('drop function if exists "okoce"."umkm_counted_after_insert"();');
    this.addSql('drop function if exists "okoce"."umkm_counted_after_update"();');
    this.addSql('drop function if exists "okoce"."umkm_counted_after_delete"();');
    this.addSql('drop function if exists "okoce"."umkm_counted_after_truncate"();');
    this.addSql('drop function if exists "okoce"."apply_region_umkm_count"(text[], text[]);');
    this.addSql('drop function if exists "okoce"."umkm_region_codes"(text, text);');
  }
}
