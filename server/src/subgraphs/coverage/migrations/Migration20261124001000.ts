import { Migration } from "@mikro-orm/migrations";

/**
 * Commission statements (issue 5): the dated commission scheme, the monthly close per Kantor Perisai, the
 * frozen statements per agent and month, and the lines that tie every statement to the contributions and
 * the new participants it counted. The scheme row is literal SQL: a new scheme is a new row in a new
 * migration (or an insert by an operator), never an edit of this one.
 */
export class Migration20261124001000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "coverage"."commission_scheme" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "incentive_basis_points" int not null,
        "bonus_amount" int not null,
        "bonus_threshold" int not null,
        "agent_share_basis_points" int not null,
        "valid_from" date not null,
        "valid_to" date null,
        "legal_basis" text not null,
        constraint "commission_scheme_incentive_check" check ("incentive_basis_points" between 0 and 10000),
        constraint "commission_scheme_bonus_check" check ("bonus_amount" >= 0 and "bonus_threshold" >= 1),
        constraint "commission_scheme_agent_share_check" check ("agent_share_basis_points" between 0 and 10000),
        constraint "commission_scheme_validity_check" check ("valid_to" is null or "valid_to" >= "valid_from"),
        -- One scheme in force on any day, so every month has exactly one scheme to apply.
        constraint "commission_scheme_no_overlap" exclude using gist (daterange("valid_from", "valid_to", '[]') with &&)
      );`);
    this.addSql(`
      insert into "coverage"."commission_scheme"
        ("incentive_basis_points", "bonus_amount", "bonus_threshold", "agent_share_basis_points", "valid_from", "valid_to", "legal_basis")
      values (750, 500000, 50, 9000, '2020-07-01', null,
        'Nota Kesepahaman BPJAMSOSTEK Cabang Batam Nagoya – OK OCE Progresif, 9 Juli 2020 (Agen Perisai: 7,5 % iuran, Rp500.000 untuk 50 peserta baru sebulan, 90 % agen / 10 % kantor)');`);

    this.addSql(`
      create table "coverage"."commission_close" (
        "month" varchar(7) not null check ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        "office_id" int not null,
        "closed_at" timestamptz not null default now(),
        "closed_by_user_id" int null,
        constraint "commission_close_pkey" primary key ("month", "office_id")
      );`);
    this.addSql(
      'create index "commission_close_office_id_month_index" on "coverage"."commission_close" ("office_id", "month");',
    );
    this.addSql(`
      comment on column "coverage"."commission_close"."office_id" is 'Row id in perisai.published_office (owned by the perisai subgraph: no foreign key).';`);

    this.addSql(`
      create table "coverage"."commission_statement" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "month" varchar(7) not null check ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        "office_id" int not null,
        "agent_id" int not null,
        "scheme_id" int not null references "coverage"."commission_scheme" ("id"),
        "contributions_count" int not null check ("contributions_count" >= 0),
        "contributions_total" bigint not null check ("contributions_total" >= 0),
        "new_participants" int not null check ("new_participants" >= 0),
        "incentive" bigint not null check ("incentive" >= 0),
        "bonus" bigint not null check ("bonus" >= 0),
        "total" bigint not null,
        "agent_share" bigint not null check ("agent_share" >= 0),
        "office_share" bigint not null check ("office_share" >= 0),
        constraint "commission_statement_month_office_id_agent_id_unique" unique ("month", "office_id", "agent_id"),
        constraint "commission_statement_total_check" check ("total" = "incentive" + "bonus"),
        constraint "commission_statement_split_check" check ("agent_share" + "office_share" = "total")
      );`);
    for (const [name, columns] of [
      ["commission_statement_agent_id_month_id_index", '("agent_id", "month", "id")'],
      ["commission_statement_office_id_month_id_index", '("office_id", "month", "id")'],
      ["commission_statement_month_id_index", '("month", "id")'],
      ["commission_statement_total_id_index", '("total", "id")'],
    ]) {
      this.addSql(`create index "${name}" on "coverage"."commission_statement" ${columns};`);
    }
    // A closed statement is frozen: the database itself refuses to change or remove one.
    this.addSql(`
      create function "coverage"."commission_statement_frozen"() returns trigger language plpgsql as $fn$
      begin
        raise exception 'commission statement % is closed and cannot change', old.id using errcode = 'check_violation';
      end
      $fn$;`);
    this.addSql(`
      create trigger "commission_statement_frozen" before update or delete on "coverage"."commission_statement"
      for each row execute function "coverage"."commission_statement_frozen"();`);

    this.addSql(`
      create table "coverage"."commission_statement_contribution" (
        "contribution_id" int not null references "coverage"."contribution" ("id"),
        "statement_id" int not null references "coverage"."commission_statement" ("id"),
        -- A contribution is paid out once: it belongs to at most one statement.
        constraint "commission_statement_contribution_pkey" primary key ("contribution_id")
      );`);
    this.addSql(
      'create index "commission_statement_contribution_statement_id_index" on "coverage"."commission_statement_contribution" ("statement_id", "contribution_id");',
    );
    this.addSql(`
      create table "coverage"."commission_statement_enrolment" (
        "participant_id" int not null references "coverage"."participant" ("id"),
        "statement_id" int not null references "coverage"."commission_statement" ("id"),
        constraint "commission_statement_enrolment_pkey" primary key ("participant_id")
      );`);
    this.addSql(
      'create index "commission_statement_enrolment_statement_id_index" on "coverage"."commission_statement_enrolment" ("statement_id", "participant_id");',
    );

    // The close reads a month of an office's payments by date paid, and late-recorded ones by when recorded.
    this.addSql(
      'create index "contribution_office_id_paid_on_index" on "coverage"."contribution" ("office_id", "paid_on");',
    );
    this.addSql('create index "contribution_created_at_index" on "coverage"."contribution" ("created_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "coverage"."contribution_created_at_index";');
    this.addSql('drop index if exists "coverage"."contribution_office_id_paid_on_index";');
    this.addSql('drop table if exists "coverage"."commission_statement_enrolment";');
    this.addSql('drop table if exists "coverage"."commission_statement_contribution";');
    this.addSql('drop table if exists "coverage"."commission_statement";');
    this.addSql('drop function if exists "coverage"."commission_statement_frozen"();');
    this.addSql('drop table if exists "coverage"."commission_close";');
    this.addSql('drop table if exists "coverage"."commission_scheme";');
  }
}
