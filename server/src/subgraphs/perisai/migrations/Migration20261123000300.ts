import { Migration } from "@mikro-orm/migrations";

/**
 * BPJAMSOSTEK offices, MoUs, the Kantor Perisai tree, agents with their status history and transfers, and
 * the two views other subgraphs may read. Columns follow MikroORM's naming of the entity properties.
 */
export class Migration20261123000300 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create extension if not exists pg_trgm with schema public;");
    this.bpjsOffices();
    this.mous();
    this.perisaiOffices();
    this.agents();
    this.agentHistory();
    this.publishedViews();
  }

  private bpjsOffices(): void {
    this.addSql(`
      create table "perisai"."bpjs_office" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "kind" text not null check ("kind" in ('PUSAT', 'WILAYAH', 'CABANG', 'KCP')),
        "name" text not null,
        "parent_id" int null,
        "region_code" varchar(13) not null,
        "head_name" text not null,
        "address" text null,
        constraint "bpjs_office_parent_check" check (("kind" = 'PUSAT') = ("parent_id" is null)),
        constraint "bpjs_office_parent_id_foreign" foreign key ("parent_id")
          references "perisai"."bpjs_office" ("id") on update cascade on delete restrict
      );`);
    this.addSql('create index "bpjs_office_parent_id_index" on "perisai"."bpjs_office" ("parent_id");');
    this.addSql('create index "bpjs_office_kind_index" on "perisai"."bpjs_office" ("kind", "name", "id");');
    this.addSql('create index "bpjs_office_name_index" on "perisai"."bpjs_office" ("name", "id");');
    this.addSql('create index "bpjs_office_created_at_index" on "perisai"."bpjs_office" ("created_at", "id");');
    this.addSql(
      `create unique index "bpjs_office_single_pusat" on "perisai"."bpjs_office" ("kind") where "kind" = 'PUSAT';`,
    );
    this.addSql(
      'create index "bpjs_office_region_code_pattern_index" on "perisai"."bpjs_office" ("region_code" text_pattern_ops);',
    );
    this.addSql(
      'create index "bpjs_office_name_trgm_index" on "perisai"."bpjs_office" using gin ("name" public.gin_trgm_ops);',
    );
    this.addSql(
      `comment on table "perisai"."bpjs_office" is 'BPJAMSOSTEK offices: Kantor Pusat, Wilayah, Cabang, Cabang Perintis.';`,
    );
  }

  private mous(): void {
    this.addSql(`
      create table "perisai"."mou" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "number" text not null constraint "mou_number_unique" unique,
        "title" text not null,
        "bpjs_office_id" int not null,
        "chapter_id" int not null,
        "signed_on" date not null,
        "place" text not null,
        "bpjs_signatory" text not null,
        "bpjs_signatory_title" text not null,
        "okoce_signatory" text not null,
        "okoce_signatory_title" text not null,
        "scope" text not null,
        "valid_from" date not null,
        "valid_until" date null,
        "umkm_target" int not null,
        constraint "mou_umkm_target_check" check ("umkm_target" >= 0),
        constraint "mou_validity_check" check ("valid_until" is null or "valid_until" >= "valid_from"),
        constraint "mou_bpjs_office_id_foreign" foreign key ("bpjs_office_id")
          references "perisai"."bpjs_office" ("id") on update cascade
      );`);
    this.addSql('create index "mou_bpjs_office_id_index" on "perisai"."mou" ("bpjs_office_id");');
    this.addSql('create index "mou_chapter_id_index" on "perisai"."mou" ("chapter_id");');
    this.addSql('create index "mou_signed_on_index" on "perisai"."mou" ("signed_on", "id");');
    this.addSql('create index "mou_validity_index" on "perisai"."mou" ("valid_from", "valid_until");');
    this.addSql(
      'create index "mou_search_trgm_index" on "perisai"."mou" using gin ("number" public.gin_trgm_ops, "title" public.gin_trgm_ops);',
    );
    this.addSql(`
      comment on column "perisai"."mou"."chapter_id" is 'Row id in okoce.published_chapter (owned by the okoce subgraph: no foreign key).';`);
  }

  private perisaiOffices(): void {
    this.addSql(`
      create table "perisai"."perisai_office" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "parent_id" int null,
        "name" text not null,
        "region_code" varchar(13) not null,
        "host_chapter_id" int null,
        "supervising_branch_id" int not null,
        "mou_id" int null,
        "status" text not null check ("status" in ('PROPOSED', 'ACTIVE', 'UNDER_REVIEW', 'CLOSED')),
        "pioneer" boolean not null default false,
        "monthly_target" int not null,
        "established_on" date not null,
        "address" text null,
        constraint "perisai_office_monthly_target_check" check ("monthly_target" >= 0),
        constraint "perisai_office_parent_check" check ("parent_id" <> "id"),
        constraint "perisai_office_parent_id_foreign" foreign key ("parent_id")
          references "perisai"."perisai_office" ("id") on update cascade on delete restrict,
        constraint "perisai_office_supervising_branch_id_foreign" foreign key ("supervising_branch_id")
          references "perisai"."bpjs_office" ("id") on update cascade,
        constraint "perisai_office_mou_id_foreign" foreign key ("mou_id")
          references "perisai"."mou" ("id") on update cascade on delete restrict
      );`);
    const indexes = {
      parent_id: '("parent_id")',
      host_chapter_id: '("host_chapter_id")',
      supervising_branch_id: '("supervising_branch_id")',
      mou_id: '("mou_id")',
      name: '("name", "id")',
      established_on: '("established_on", "id")',
      created_at: '("created_at", "id")',
      status: '("status", "name", "id")',
      region_code: '("region_code", "name", "id")',
      region_code_pattern: '("region_code" text_pattern_ops)',
      name_trgm: 'using gin ("name" public.gin_trgm_ops)',
    };
    for (const [name, columns] of Object.entries(indexes)) {
      this.addSql(`create index "perisai_office_${name}_index" on "perisai"."perisai_office" ${columns};`);
    }
    // The network has one pioneer (Batam); the index makes a second one impossible, even under races.
    this.addSql(
      'create unique index "perisai_office_single_pioneer" on "perisai"."perisai_office" ("pioneer") where "pioneer";',
    );
  }

  private agents(): void {
    this.addSql(`
      create table "perisai"."agent" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "agent_number" text not null constraint "agent_agent_number_unique" unique,
        "name" text not null,
        "nik" varchar(16) not null,
        "phone" text not null,
        "umkm_id" int null,
        "office_id" int not null,
        "territory" text[] not null,
        "status" text not null check ("status" in ('CANDIDATE', 'ACTIVE', 'SUSPENDED', 'TERMINATED')),
        "appointed_on" date not null,
        constraint "agent_agent_number_check" check ("agent_number" ~ '^AP-[0-9]{4}-[0-9]{5}$'),
        constraint "agent_nik_check" check ("nik" ~ '^[0-9]{16}$'),
        constraint "agent_territory_check" check (cardinality("territory") >= 1 and cardinality("territory") <= 20),
        constraint "agent_office_id_foreign" foreign key ("office_id")
          references "perisai"."perisai_office" ("id") on update cascade
      );`);
    const indexes = {
      office_id: '("office_id")',
      umkm_id: '("umkm_id")',
      nik: '("nik")',
      name: '("name", "id")',
      appointed_on: '("appointed_on", "id")',
      status: '("status", "agent_number")',
      agent_number_pattern: '("agent_number" text_pattern_ops)',
      name_trgm: 'using gin ("name" public.gin_trgm_ops)',
    };
    for (const [name, columns] of Object.entries(indexes)) {
      this.addSql(`create index "agent_${name}_index" on "perisai"."agent" ${columns};`);
    }
    this.addSql('create index "agent_territory_index" on "perisai"."agent" using gin ("territory");');
    // A person serves as at most one agent at a time, and a UMKM has at most one serving owner-agent;
    // terminated records stay, so a person can be appointed again later.
    this.addSql(
      `create unique index "agent_serving_nik_unique" on "perisai"."agent" ("nik") where "status" <> 'TERMINATED';`,
    );
    this.addSql(
      `create unique index "agent_serving_umkm_id_unique" on "perisai"."agent" ("umkm_id") where "status" <> 'TERMINATED';`,
    );
    this.addSql(`
      comment on column "perisai"."agent"."nik" is 'Personal data, stored in clear; the API returns it masked.';`);
    this.addSql(`
      comment on column "perisai"."agent"."umkm_id" is 'Row id in okoce.published_umkm (owned by the okoce subgraph: no foreign key).';`);
  }

  private agentHistory(): void {
    this.addSql(`
      create table "perisai"."agent_status_change" (
        "id" serial primary key,
        "agent_id" int not null,
        "from_status" text null check ("from_status" in ('CANDIDATE', 'ACTIVE', 'SUSPENDED', 'TERMINATED')),
        "to_status" text not null check ("to_status" in ('CANDIDATE', 'ACTIVE', 'SUSPENDED', 'TERMINATED')),
        "effective_on" date not null,
        "reason" text null,
        "created_at" timestamptz not null default now(),
        constraint "agent_status_change_status_check" check ("from_status" is distinct from "to_status"),
        constraint "agent_status_change_agent_id_foreign" foreign key ("agent_id")
          references "perisai"."agent" ("id") on update cascade
      );`);
    this.addSql(
      'create index "agent_status_change_agent_id_index" on "perisai"."agent_status_change" ("agent_id", "effective_on", "id");',
    );
    this.addSql(
      'create index "agent_status_change_terminated_index" on "perisai"."agent_status_change" ("to_status", "agent_id");',
    );
    this.addSql(`
      create table "perisai"."agent_transfer" (
        "id" serial primary key,
        "agent_id" int not null,
        "from_office_id" int not null,
        "to_office_id" int not null,
        "effective_on" date not null,
        "reason" text not null,
        "created_at" timestamptz not null default now(),
        constraint "agent_transfer_office_check" check ("from_office_id" <> "to_office_id"),
        constraint "agent_transfer_agent_id_foreign" foreign key ("agent_id")
          references "perisai"."agent" ("id") on update cascade,
        constraint "agent_transfer_from_office_id_foreign" foreign key ("from_office_id")
          references "perisai"."perisai_office" ("id") on update cascade,
        constraint "agent_transfer_to_office_id_foreign" foreign key ("to_office_id")
          references "perisai"."perisai_office" ("id") on update cascade
      );`);
    this.addSql(
      'create index "agent_transfer_agent_id_index" on "perisai"."agent_transfer" ("agent_id", "effective_on", "id");',
    );
    this.addSql('create index "agent_transfer_from_office_id_index" on "perisai"."agent_transfer" ("from_office_id");');
    this.addSql('create index "agent_transfer_to_office_id_index" on "perisai"."agent_transfer" ("to_office_id");');
  }

  private publishedViews(): void {
    this.addSql(`
      create view "perisai"."published_agent" as
        select "id", "agent_number", "office_id", "status", "territory", "nik"::text as "nik"
        from "perisai"."agent";`);
    this.addSql(`
      comment on view "perisai"."published_agent" is 'Read-only contract for other subgraphs (coverage checks the enrolling agent): id integer, agent_number text, office_id integer, status text, territory text[] (kecamatan codes), nik text (personal data: never return it in clear). Owned and written by the perisai subgraph only.';`);
    this.addSql(`
      create view "perisai"."published_office" as
        select "id", "parent_id", "region_code"::text as "region_code", "status", "supervising_branch_id", "pioneer"
        from "perisai"."perisai_office";`);
    this.addSql(`
      comment on view "perisai"."published_office" is 'Read-only contract for other subgraphs: the Kantor Perisai tree (id integer, parent_id integer, region_code text, status text, supervising_branch_id integer, pioneer boolean). Owned and written by the perisai subgraph only.';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "perisai"."published_office";');
    this.addSql('drop view if exists "perisai"."published_agent";');
    for (const table of ["agent_transfer", "agent_status_change", "agent", "perisai_office", "mou", "bpjs_office"]) {
      this.addSql(`drop table if exists "perisai"."${table}";`);
    }
  }
}
