import { Migration } from "@mikro-orm/migrations";

/**
 * Participants, their monthly contributions and the official UMKM targets of regions, plus the read-only
 * view other subgraphs may use to validate a write against enrolled participants.
 */
export class Migration20261123000410 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create extension if not exists pg_trgm with schema public;");
    this.addSql(
      'create sequence "coverage"."participant_kpj_number_seq" as bigint minvalue 1 maxvalue 99999999999 start with 10000000001;',
    );
    this.addSql(`
      create table "coverage"."participant" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "nik" varchar(16) not null check ("nik" ~ '^[0-9]{16}$'),
        "kpj_number" varchar(11) not null default lpad(nextval('coverage.participant_kpj_number_seq')::text, 11, '0')
          check ("kpj_number" ~ '^[0-9]{11}$'),
        "name" text not null check (length(btrim("name")) > 0),
        "birth_date" date not null,
        "sex" text not null check ("sex" in ('MALE', 'FEMALE')),
        "phone" text null check ("phone" ~ '^\\+62[0-9]{8,12}$'),
        "declared_income" int not null check ("declared_income" >= 0),
        "programs" text[] not null
          check ("programs" <@ array['JKK', 'JKM', 'JHT']::text[] and "programs" @> array['JKK', 'JKM']::text[]),
        "district_code" varchar(13) not null check ("district_code" ~ '^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}$'),
        "umkm_id" int null,
        "agent_id" int not null,
        "office_id" int not null,
        "status" text not null default 'ACTIVE' check ("status" in ('ACTIVE', 'LAPSED')),
        "registered_on" date not null,
        constraint "participant_nik_unique" unique ("nik"),
        constraint "participant_kpj_number_unique" unique ("kpj_number")
      );`);
    this.addSql(
      'alter sequence "coverage"."participant_kpj_number_seq" owned by "coverage"."participant"."kpj_number";',
    );
    for (const [name, definition] of [
      ["participant_registered_on_id_index", '("registered_on", "id")'],
      ["participant_name_id_index", '("name", "id")'],
      ["participant_status_registered_on_id_index", '("status", "registered_on", "id")'],
      ["participant_agent_id_registered_on_id_index", '("agent_id", "registered_on", "id")'],
      ["participant_office_id_registered_on_id_index", '("office_id", "registered_on", "id")'],
      ["participant_umkm_id_registered_on_id_index", '("umkm_id", "registered_on", "id")'],
      ["participant_district_code_pattern_index", '("district_code" varchar_pattern_ops)'],
      ["participant_name_trgm_index", 'using gin ("name" public.gin_trgm_ops)'],
      ["participant_programs_index", 'using gin ("programs")'],
    ]) {
      this.addSql(`create index "${name}" on "coverage"."participant" ${definition};`);
    }
    this.addSql(`
      create table "coverage"."contribution" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "participant_id" int not null,
        "agent_id" int not null,
        "office_id" int not null,
        "period" varchar(7) not null check ("period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        "jkk" int not null check ("jkk" >= 0),
        "jkm" int not null check ("jkm" >= 0),
        "jht" int not null check ("jht" >= 0),
        "total" int generated always as (jkk + jkm + jht) stored not null,
        "paid_on" date not null,
        "client_key" varchar(100) not null,
        constraint "contribution_client_key_unique" unique ("client_key"),
        -- Also the index behind the participant foreign key and a participant's contributions by period.
        constraint "contribution_participant_id_period_unique" unique ("participant_id", "period"),
        constraint "contribution_participant_id_foreign" foreign key ("participant_id")
          references "coverage"."participant" ("id") on update cascade
      );`);
    for (const [name, columns] of [
      ["contribution_period_id_index", '("period", "id")'],
      ["contribution_paid_on_id_index", '("paid_on", "id")'],
      ["contribution_agent_id_period_id_index", '("agent_id", "period", "id")'],
      ["contribution_office_id_period_id_index", '("office_id", "period", "id")'],
    ]) {
      this.addSql(`create index "${name}" on "coverage"."contribution" ${columns};`);
    }
    this.addSql(`
      create table "coverage"."region_target" (
        "region_code" varchar(13) not null,
        "umkm_target" int not null check ("umkm_target" >= 0),
        "source" text not null,
        "as_of" date not null,
        constraint "region_target_pkey" primary key ("region_code")
      );`);
    this.addSql(`
      create view "coverage"."published_participant" as
        select "id", "agent_id", "office_id", "district_code", "umkm_id", "status", "nik" from "coverage"."participant";`);
    this.addSql(`
      comment on view "coverage"."published_participant" is
        'Read-only contract for other subgraphs that validate a write against enrolled participants (NIK in clear: never expose it).';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "coverage"."published_participant";');
    this.addSql('drop table if exists "coverage"."region_target";');
    this.addSql('drop table if exists "coverage"."contribution";');
    this.addSql('drop table if exists "coverage"."participant";');
  }
}
