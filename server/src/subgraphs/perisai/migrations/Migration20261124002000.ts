import { Migration } from "@mikro-orm/migrations";

/** The rule in force on a day (`day` is SQL for a date): the latest row from before it, else the first one. */
const TARGET_RULE_PERCENT = (day: string) => `
  coalesce(
    (select "r"."minimum_percent" from "perisai"."office_target_rule" "r"
      where "r"."valid_from" <= ${day} order by "r"."valid_from" desc limit 1),
    (select "r"."minimum_percent" from "perisai"."office_target_rule" "r" order by "r"."valid_from" limit 1))`;

/** The first dated target of offices: their standing monthly_target from the month they were established. */
const INITIAL_TARGETS = (rows: string) => `
  insert into "perisai"."office_target" ("office_id", "valid_from", "monthly_target", "minimum", "note")
  select "o"."id", to_char("o"."established_on", 'YYYY-MM'), "o"."monthly_target",
    ceil("o"."monthly_target" * ${TARGET_RULE_PERCENT('"o"."established_on"')} / 100.0)::int,
    'Target awal: monthly_target kantor saat dibentuk'
  from ${rows} "o"
  on conflict ("office_id", "valid_from") do nothing`;

/**
 * Agent lifecycle and office targets as dated configuration (a new regulation is a new row with its start
 * date, never an edit): agent_rule (inactivity before a termination proposal, the wait before a terminated
 * person may rejoin), office_target_rule (the default minimum as a share of the target, the months under it
 * before a review) and office_target (each office's dated monthly target and minimum); the decisions taken
 * on termination proposals, with the months they were based on.
 */
export class Migration20261124002000 extends Migration {
  override async up(): Promise<void> {
    this.agentRules();
    this.terminationDecisions();
    this.officeTargetRules();
    this.officeTargets();
  }

  private agentRules(): void {
    this.addSql(`
      create table "perisai"."agent_rule" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "valid_from" date not null constraint "agent_rule_valid_from_unique" unique,
        "inactive_months" int not null check ("inactive_months" between 1 and 24),
        "rejoin_after_months" int not null check ("rejoin_after_months" between 0 and 120),
        "basis" text not null check (length(btrim("basis")) > 0)
      );`);
    // DESIGN §3, from the 2020 MoU's agent terms: 3 months without a new participant or a contribution end
    // the agency; a terminated agent may rejoin after 6 months. In force from the MoU's signing day.
    this.addSql(`
      insert into "perisai"."agent_rule" ("valid_from", "inactive_months", "rejoin_after_months", "basis") values
        ('2020-07-09', 3, 6, 'Ketentuan Agen Perisai, Nota Kesepahaman BPJAMSOSTEK Kantor Cabang Batam Nagoya – OK OCE Progresif (Batam, 9 Juli 2020): keagenan berakhir setelah 3 bulan berturut-turut tanpa peserta baru dan tanpa iuran; dapat bergabung kembali setelah 6 bulan.');`);
  }

  private terminationDecisions(): void {
    this.addSql(`
      create table "perisai"."termination_decision" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "agent_id" int not null,
        "decision" text not null check ("decision" in ('TERMINATE', 'KEEP')),
        "reason" text not null check (length(btrim("reason")) > 0),
        "decided_on" date not null,
        "decided_by_user_id" int null,
        "rule_id" int not null,
        "months" jsonb not null,
        constraint "termination_decision_agent_id_foreign" foreign key ("agent_id")
          references "perisai"."agent" ("id") on update cascade,
        constraint "termination_decision_rule_id_foreign" foreign key ("rule_id")
          references "perisai"."agent_rule" ("id") on update cascade
      );`);
    this.addSql(
      'create index "termination_decision_agent_id_index" on "perisai"."termination_decision" ("agent_id", "decided_on", "id");',
    );
    this.addSql(`
      comment on column "perisai"."termination_decision"."months" is 'The months the proposal considered, each with its new participants and contributions (the evidence of the decision).';`);
  }

  private officeTargetRules(): void {
    this.addSql(`
      create table "perisai"."office_target_rule" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "valid_from" date not null constraint "office_target_rule_valid_from_unique" unique,
        "minimum_percent" int not null check ("minimum_percent" between 0 and 100),
        "review_months" int not null check ("review_months" between 1 and 24),
        "basis" text not null check (length(btrim("basis")) > 0)
      );`);
    // DESIGN §3: 3 consecutive months under the minimum put an office under review. The minimum is half
    // the monthly target unless an office's own dated target says otherwise.
    this.addSql(`
      insert into "perisai"."office_target_rule" ("valid_from", "minimum_percent", "review_months", "basis") values
        ('2020-07-09', 50, 3, 'Ketentuan Kantor Perisai, Nota Kesepahaman 9 Juli 2020: target akuisisi bulanan; minimum 50 % dari target; 3 bulan berturut-turut di bawah minimum → ditinjau Kantor Cabang pembina dan koordinator nasional.');`);
  }

  private officeTargets(): void {
    this.addSql(`
      create table "perisai"."office_target" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "office_id" int not null,
        "valid_from" varchar(7) not null check ("valid_from" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        "monthly_target" int not null check ("monthly_target" >= 0),
        "minimum" int not null check ("minimum" >= 0),
        "set_by_user_id" int null,
        "note" text null,
        constraint "office_target_minimum_within_target_check" check ("minimum" <= "monthly_target"),
        constraint "office_target_office_id_valid_from_unique" unique ("office_id", "valid_from"),
        constraint "office_target_office_id_foreign" foreign key ("office_id")
          references "perisai"."perisai_office" ("id") on update cascade
      );`);
    this.addSql(`
      comment on table "perisai"."office_target" is 'Dated monthly acquisition targets: the row with the latest valid_from (a month) not after a month is the target of that month.';`);
    // Every office gets its first dated target when it is created (a COPY of the demo network included),
    // and a later edit of its standing monthly_target becomes a row from the current month.
    this.addSql(`
      create function "perisai"."office_target_created"() returns trigger language plpgsql as $$
      begin
        ${INITIAL_TARGETS("new_rows")};
        return null;
      end $$;`);
    this.addSql(`
      create function "perisai"."office_target_edited"() returns trigger language plpgsql as $$
      declare
        "month" text := to_char(now() at time zone 'Asia/Jakarta', 'YYYY-MM');
      begin
        insert into "perisai"."office_target" ("office_id", "valid_from", "monthly_target", "minimum", "note")
        select "n"."id", "month", "n"."monthly_target",
          ceil("n"."monthly_target" * ${TARGET_RULE_PERCENT("(now() at time zone 'Asia/Jakarta')::date")} / 100.0)::int,
          'Diubah lewat updatePerisaiOffice (monthlyTarget)'
        from new_rows "n" join old_rows "o" on "o"."id" = "n"."id"
        where "n"."monthly_target" is distinct from "o"."monthly_target"
          and "n"."monthly_target" is distinct from (
            select "t"."monthly_target" from "perisai"."office_target" "t"
            where "t"."office_id" = "n"."id" and "t"."valid_from" <= "month" order by "t"."valid_from" desc limit 1)
        on conflict ("office_id", "valid_from") do update set
          "monthly_target" = excluded."monthly_target", "minimum" = excluded."minimum", "note" = excluded."note";
        return null;
      end $$;`);
    this.addSql(`
      create trigger "perisai_office_target_insert" after insert on "perisai"."perisai_office"
        referencing new table as new_rows for each statement execute function "perisai"."office_target_created"();`);
    this.addSql(`
      create trigger "perisai_office_target_update" after update on "perisai"."perisai_office"
        referencing old table as old_rows new table as new_rows
        for each statement execute function "perisai"."office_target_edited"();`);
    this.addSql(`${INITIAL_TARGETS('"perisai"."perisai_office"')};`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists "perisai_office_target_update" on "perisai"."perisai_office";');
    this.addSql('drop trigger if exists "perisai_office_target_insert" on "perisai"."perisai_office";');
    this.addSql('drop function if exists "perisai"."office_target_edited"();');
    this.addSql('drop function if exists "perisai"."office_target_created"();');
    for (const table of ["office_target", "office_target_rule", "termination_decision", "agent_rule"]) {
      this.addSql(`drop table if exists "perisai"."${table}";`);
    }
  }
}
