import { copyRows, resetSequence, type CopyValue } from "../../shared/db/copy";
import type { Em } from "../../shared/db/orm";
import { CONTRIBUTION_COLUMNS, PARTICIPANT_COLUMNS, participantRow } from "../../subgraphs/coverage/seed/load-demo";
import { withoutSecondaryIndexes } from "./bulk";
import type { NationalContribution, NationalDataSet } from "./model";

/** Rows per COPY of contributions: each statement's rollup trigger then aggregates a bounded transition table. */
const CONTRIBUTION_BATCH = 1_000_000;

/**
 * The payment-state triggers refresh the participants a statement touched through `id = any(array)`, which
 * is fine for a request and quadratic for a million rows: they are off during the bulk load and the table
 * is filled once, set-based, with the same rule as coverage.refresh_participant_payment.
 */
const PAYMENT_TRIGGERS = [
  ["participant", "participant_payment_insert"],
  ["contribution", "contribution_payment_insert"],
] as const;

const PAYMENT_BACKFILL = `
  insert into coverage.participant_payment (participant_id, registered_month, paid_count, last_period, oldest_unpaid_period)
  with runs as (
    select c.participant_id, c.period,
      substr(c.period, 1, 4)::int * 12 + substr(c.period, 6, 2)::int
        - row_number() over (partition by c.participant_id order by c.period) as run
    from coverage.contribution c
  ),
  summary as (
    select r.participant_id, count(*)::int as paid_count, max(r.period) as last_period,
      max(r.period) filter (
        where r.run = extract(year from p.registered_on)::int * 12 + extract(month from p.registered_on)::int - 1
      ) as paid_through
    from runs r join coverage.participant p on p.id = r.participant_id
    group by r.participant_id
  )
  select p.id, to_char(p.registered_on, 'YYYY-MM'), coalesce(s.paid_count, 0), s.last_period,
    case when s.paid_through is null then to_char(p.registered_on, 'YYYY-MM')
      else to_char(to_date(s.paid_through, 'YYYY-MM') + interval '1 month', 'YYYY-MM') end
  from coverage.participant p left join summary s on s.participant_id = p.id
  on conflict (participant_id) do update set
    registered_month = excluded.registered_month,
    paid_count = excluded.paid_count,
    last_period = excluded.last_period,
    oldest_unpaid_period = excluded.oldest_unpaid_period`;

function* contributionRows(rows: Iterator<NationalContribution>, limit: number, counter: { rows: number }) {
  for (let taken = 0; taken < limit; taken += 1) {
    const next = rows.next();
    if (next.done) return;
    const record = next.value;
    counter.rows += 1;
    const row: CopyValue[] = [
      record.id,
      record.participantId,
      record.agentId,
      record.officeId,
      record.period,
      record.jkk,
      record.jkm,
      record.jht,
      record.paidOn,
      record.clientKey,
    ];
    yield row;
  }
}

/**
 * The coverage tables of the national set, streamed with COPY: participants in one statement, contributions
 * in batches of a million. The rollup triggers stay on (statement-level, set-based per COPY); the
 * payment-state table is filled after the load. Skips when participants exist.
 */
export async function loadNationalCoverage(
  em: Em,
  data: NationalDataSet,
  log: (line: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const existing = await em.execute<{ count: string }[]>('select count(*) from "coverage"."participant"');
  if (Number(existing[0].count) > 0) return { region_target: 0, participant: 0, contribution: 0 };
  const lap = timer(log);
  await copyRows(
    em,
    '"coverage"."region_target"',
    ["region_code", "umkm_target", "source", "as_of"],
    data.regionTargets.map((target) => [target.regionCode, target.umkmTarget, target.source, target.asOf]),
  );
  for (const [table, trigger] of PAYMENT_TRIGGERS) {
    await em.execute(`alter table "coverage"."${table}" disable trigger "${trigger}"`);
  }
  const counts = await withoutSecondaryIndexes(
    em,
    ['"coverage"."participant"', '"coverage"."contribution"'],
    () => copyParticipantsAndContributions(em, data, lap),
    lap,
  );
  for (const [table, trigger] of PAYMENT_TRIGGERS) {
    await em.execute(`alter table "coverage"."${table}" enable trigger "${trigger}"`);
  }
  await em.execute(PAYMENT_BACKFILL);
  lap("coverage.participant_payment backfilled");
  await resetSequence(em, '"coverage"."participant"');
  await resetSequence(em, '"coverage"."contribution"');
  await em.execute(
    `select setval('coverage.participant_kpj_number_seq',
       greatest((select max(kpj_number::bigint) from coverage.participant), 10000000000))`,
  );
  await em.execute(
    'analyze "coverage"."region_target", "coverage"."participant", "coverage"."contribution", ' +
      '"coverage"."participant_payment", "coverage"."region_coverage", "coverage"."umkm_coverage", ' +
      '"coverage"."agent_coverage", "coverage"."office_coverage", "coverage"."monthly_totals"',
  );
  lap("coverage analyzed");
  return { region_target: data.regionTargets.length, ...counts };
}

async function copyParticipantsAndContributions(
  em: Em,
  data: NationalDataSet,
  lap: (what: string) => void,
): Promise<{ participant: number; contribution: number }> {
  let participants = 0;
  await copyRows(
    em,
    '"coverage"."participant"',
    PARTICIPANT_COLUMNS,
    (function* () {
      for (const record of data.participants()) {
        participants += 1;
        yield participantRow(record);
      }
    })(),
  );
  lap(`coverage.participant ${participants.toLocaleString("en")} rows`);
  const rows = data.contributions()[Symbol.iterator]();
  const counter = { rows: 0 };
  for (;;) {
    const before = counter.rows;
    await copyRows(
      em,
      '"coverage"."contribution"',
      CONTRIBUTION_COLUMNS,
      contributionRows(rows, CONTRIBUTION_BATCH, counter),
    );
    if (counter.rows === before) break;
    lap(`coverage.contribution ${counter.rows.toLocaleString("en")} rows`);
  }
  return { participant: participants, contribution: counter.rows };
}

export function timer(log: (line: string) => void): (what: string) => void {
  let last = Date.now();
  return (what) => {
    const now = Date.now();
    log(`  ${what} (${((now - last) / 1000).toFixed(1)} s)`);
    last = now;
  };
}
