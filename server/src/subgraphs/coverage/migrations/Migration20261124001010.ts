import { Migration } from "@mikro-orm/migrations";

/**
 * Lapses and payment reminders (issue 5): the dated lapse rule, and one row per participant with what
 * the lapse rule needs (payments counted, the latest period paid, the oldest unpaid period), kept current
 * by statement-level triggers on participants and contributions. A participant's payment state is then a
 * primary-key read, and the reminder list an index range on the oldest unpaid period.
 */
export class Migration20261124001010 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "coverage"."lapse_rule" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "unpaid_months" int not null check ("unpaid_months" >= 1),
        "valid_from" date not null,
        "valid_to" date null,
        "legal_basis" text not null,
        constraint "lapse_rule_validity_check" check ("valid_to" is null or "valid_to" >= "valid_from"),
        constraint "lapse_rule_no_overlap" exclude using gist (daterange("valid_from", "valid_to", '[]') with &&)
      );`);
    this.addSql(`
      insert into "coverage"."lapse_rule" ("unpaid_months", "valid_from", "valid_to", "legal_basis") values
        (3, '2015-07-01', null, 'Perisai Network rule: a BPU participant lapses after 3 unpaid months');`);

    this.addSql(`
      create table "coverage"."participant_payment" (
        "participant_id" int not null references "coverage"."participant" ("id") on delete cascade,
        "registered_month" varchar(7) not null,
        "paid_count" int not null default 0 check ("paid_count" >= 0),
        "last_period" varchar(7) null,
        "oldest_unpaid_period" varchar(7) not null,
        constraint "participant_payment_pkey" primary key ("participant_id")
      );`);
    this.addSql(
      'create index "participant_payment_oldest_unpaid_period_index" on "coverage"."participant_payment" ("oldest_unpaid_period", "participant_id");',
    );
    this.addSql(REFRESH_PARTICIPANT_PAYMENT);
    this.addSql(PAYMENT_TRIGGER);
    for (const [table, column] of [
      ["participant", "id as participant_id"],
      ["contribution", "participant_id"],
    ]) {
      for (const [event, transition] of [
        ["insert", "referencing new table as new_rows"],
        ["update", "referencing old table as old_rows new table as new_rows"],
        ["delete", "referencing old table as old_rows"],
      ]) {
        this.addSql(
          `create trigger "${table}_payment_${event}" after ${event} on "coverage"."${table}" ${transition} ` +
            `for each statement execute function "coverage"."participant_payment_refresh"('${column}');`,
        );
      }
    }
    this.addSql('select "coverage"."refresh_participant_payment"(array(select "id" from "coverage"."participant"));');
    this.addSql('analyze "coverage"."participant_payment";');
  }

  override async down(): Promise<void> {
    for (const table of ["contribution", "participant"]) {
      for (const event of ["insert", "update", "delete"]) {
        this.addSql(`drop trigger if exists "${table}_payment_${event}" on "coverage"."${table}";`);
      }
    }
    this.addSql('drop function if exists "coverage"."participant_payment_refresh"();');
    this.addSql('drop function if exists "coverage"."refresh_participant_payment"(int[]);');
    this.addSql('drop table if exists "coverage"."participant_payment";');
    this.addSql('drop table if exists "coverage"."lapse_rule";');
  }
}

/**
 * Recomputes the payment row of the given participants from their contributions. The oldest unpaid
 * period is the month after the unbroken run of paid months that starts at the registration month
 * (gaps and islands: within one run, month number minus row number is constant). A COPY of the whole
 * demo set recomputes every participant in one pass; a single payment reads one participant's rows
 * through the (participant_id, period) unique index.
 */
const REFRESH_PARTICIPANT_PAYMENT = `
  create function "coverage"."refresh_participant_payment"("ids" int[]) returns void language sql as $fn$
    with runs as (
      select c.participant_id, c.period,
        substr(c.period, 1, 4)::int * 12 + substr(c.period, 6, 2)::int
          - row_number() over (partition by c.participant_id order by c.period) as run
      from coverage.contribution c
      where c.participant_id = any("ids")
    ),
    summary as (
      select r.participant_id, count(*)::int as paid_count, max(r.period) as last_period,
        max(r.period) filter (
          where r.run = extract(year from p.registered_on)::int * 12 + extract(month from p.registered_on)::int - 1
        ) as paid_through
      from runs r join coverage.participant p on p.id = r.participant_id
      group by r.participant_id
    )
    insert into coverage.participant_payment as pp
      (participant_id, registered_month, paid_count, last_period, oldest_unpaid_period)
    select p.id, to_char(p.registered_on, 'YYYY-MM'), coalesce(s.paid_count, 0), s.last_period,
      case when s.paid_through is null then to_char(p.registered_on, 'YYYY-MM')
        else to_char(to_date(s.paid_through, 'YYYY-MM') + interval '1 month', 'YYYY-MM') end
    from coverage.participant p left join summary s on s.participant_id = p.id
    where p.id = any("ids")
    on conflict (participant_id) do update set
      registered_month = excluded.registered_month,
      paid_count = excluded.paid_count,
      last_period = excluded.last_period,
      oldest_unpaid_period = excluded.oldest_unpaid_period
  $fn$;`;

/** One statement-level trigger function for participants and contributions: refresh whoever was touched. */
const PAYMENT_TRIGGER = `
  create function "coverage"."participant_payment_refresh"() returns trigger language plpgsql as $fn$
  declare
    touched int[];
  begin
    execute format('select coalesce(array_agg(distinct participant_id), ''{}'') from (%s) t',
      coverage.transition_rows(TG_OP, TG_ARGV[0])) into touched;
    perform coverage.refresh_participant_payment(touched);
    return null;
  end
  $fn$;`;
