import { Migration } from "@mikro-orm/migrations";

/**
 * Dated contribution rules and their initial configuration (PP 44/2015, PP 46/2015 and the PP 49/2020
 * relief). The rows are literal SQL on purpose: a shipped migration never changes, even when the
 * constants in domain/contribution-rates.ts are later edited; a new regulation is a new migration.
 */
export class Migration20261123000400 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create extension if not exists btree_gist with schema public;");
    this.addSql(`
      create table "coverage"."contribution_rate" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "program" text not null check ("program" in ('JKK', 'JKM', 'JHT')),
        "kind" text not null check ("kind" in ('PERCENT_OF_INCOME', 'FIXED', 'DISCOUNT')),
        "value" int not null,
        "valid_from" date not null,
        "valid_to" date null,
        "legal_basis" text not null,
        constraint "contribution_rate_value_check" check ("value" >= 0 and ("kind" <> 'DISCOUNT' or "value" <= 100)),
        constraint "contribution_rate_validity_check" check ("valid_to" is null or "valid_to" >= "valid_from"),
        -- Two base rates of one program in force on the same day would be added up: refuse the overlap.
        constraint "contribution_rate_no_overlap" exclude using gist (
          "program" with =, "kind" with =, daterange("valid_from", "valid_to", '[]') with &&)
      );`);
    this.addSql(
      'create index "contribution_rate_program_valid_from_index" on "coverage"."contribution_rate" ("program", "valid_from");',
    );
    this.addSql(`
      create table "coverage"."contribution_policy" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "minimum_income" int not null check ("minimum_income" >= 0),
        "due_day" int not null check ("due_day" >= 1 and "due_day" <= 31),
        "valid_from" date not null,
        "valid_to" date null,
        "legal_basis" text not null,
        constraint "contribution_policy_validity_check" check ("valid_to" is null or "valid_to" >= "valid_from"),
        -- Exactly one policy (minimum income, due day) may be in force on any day.
        constraint "contribution_policy_no_overlap" exclude using gist (daterange("valid_from", "valid_to", '[]') with &&)
      );`);
    this.addSql(`
      insert into "coverage"."contribution_rate" ("program", "kind", "value", "valid_from", "valid_to", "legal_basis") values
        ('JKK', 'PERCENT_OF_INCOME', 100, '2015-07-01', null, 'PP 44/2015'),
        ('JKM', 'FIXED', 6800, '2015-07-01', null, 'PP 44/2015'),
        ('JHT', 'PERCENT_OF_INCOME', 200, '2015-07-01', null, 'PP 46/2015'),
        ('JKK', 'DISCOUNT', 99, '2020-08-01', '2021-01-31', 'PP 49/2020 (relaksasi iuran)'),
        ('JKM', 'DISCOUNT', 99, '2020-08-01', '2021-01-31', 'PP 49/2020 (relaksasi iuran)');`);
    this.addSql(`
      insert into "coverage"."contribution_policy" ("minimum_income", "due_day", "valid_from", "valid_to", "legal_basis") values
        (1000000, 15, '2015-07-01', '2020-07-31', 'PP 44/2015'),
        (1000000, 30, '2020-08-01', '2021-01-31', 'PP 49/2020 (relaksasi iuran)'),
        (1000000, 15, '2021-02-01', null, 'PP 44/2015');`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "coverage"."contribution_policy";');
    this.addSql('drop table if exists "coverage"."contribution_rate";');
  }
}
