import { copyRows, resetSequence, type CopyValue } from "../../../shared/db/copy";
import type { Em } from "../../../shared/db/orm";
import type { ContributionRecord, DataSet, ParticipantRecord } from "../../../seed/demo/model";

export const PARTICIPANT_COLUMNS = [
  "id",
  "nik",
  "kpj_number",
  "name",
  "birth_date",
  "sex",
  "phone",
  "declared_income",
  "programs",
  "district_code",
  "umkm_id",
  "agent_id",
  "office_id",
  "status",
  "registered_on",
];

export const CONTRIBUTION_COLUMNS = [
  "id",
  "participant_id",
  "agent_id",
  "office_id",
  "period",
  "jkk",
  "jkm",
  "jht",
  "paid_on",
  "client_key",
];

export function participantRow(record: ParticipantRecord): CopyValue[] {
  return [
    record.id,
    record.nik,
    record.kpjNumber,
    record.name,
    record.birthDate,
    record.sex,
    record.phone,
    record.declaredIncome,
    record.programs,
    record.districtCode,
    record.umkmId,
    record.agentId,
    record.officeId,
    record.status,
    record.registeredOn,
  ];
}

/** The data set's contributions: a function giving a fresh pass over the rows, or (older data sets) an array. */
function contributionsOf(data: DataSet): Iterable<ContributionRecord> {
  const contributions = data.contributions as DataSet["contributions"] | ContributionRecord[];
  return typeof contributions === "function" ? contributions() : contributions;
}

/**
 * Contribution rows with the enrolling agent and office of their participant (copied onto each row, as
 * recordContribution does), counted as they stream by.
 */
function* contributionRows(data: DataSet, counter: { rows: number }): Generator<CopyValue[]> {
  const maxId = data.participants.reduce((max, record) => Math.max(max, record.id), 0);
  const agentOf = new Int32Array(maxId + 1);
  const officeOf = new Int32Array(maxId + 1);
  for (const record of data.participants) {
    agentOf[record.id] = record.agentId;
    officeOf[record.id] = record.officeId;
  }
  for (const record of contributionsOf(data)) {
    counter.rows += 1;
    yield [
      record.id,
      record.participantId,
      agentOf[record.participantId],
      officeOf[record.participantId],
      record.period,
      record.jkk,
      record.jkm,
      record.jht,
      record.paidOn,
      record.clientKey,
    ];
  }
}

/**
 * Bulk-loads the region targets, participants and contributions of a data set with COPY, keeping the
 * record ids as row ids. The statement-level rollup triggers run once per COPY, so the rollups are
 * current when this returns. Skips everything when participants already exist (a second seed run).
 */
export async function loadDemo(em: Em, data: DataSet): Promise<Record<string, number>> {
  const existing = await em.execute<{ count: string }[]>('select count(*) from "coverage"."participant"');
  if (Number(existing[0].count) > 0) return { region_target: 0, participant: 0, contribution: 0 };

  await copyRows(
    em,
    '"coverage"."region_target"',
    ["region_code", "umkm_target", "source", "as_of"],
    data.regionTargets.map((target) => [target.regionCode, target.umkmTarget, target.source, target.asOf]),
  );
  await copyRows(em, '"coverage"."participant"', PARTICIPANT_COLUMNS, data.participants.map(participantRow));
  const contributions = { rows: 0 };
  await copyRows(em, '"coverage"."contribution"', CONTRIBUTION_COLUMNS, contributionRows(data, contributions));

  await resetSequence(em, '"coverage"."participant"');
  await resetSequence(em, '"coverage"."contribution"');
  // New KPJ numbers continue after the highest loaded one, so enrolment never collides with seeded cards.
  await em.execute(
    `select setval('coverage.participant_kpj_number_seq',
       greatest((select max(kpj_number::bigint) from coverage.participant), 10000000000))`,
  );
  for (const table of [
    "region_target",
    "participant",
    "contribution",
    "region_coverage",
    "umkm_coverage",
    "agent_coverage",
    "office_coverage",
    "monthly_totals",
  ]) {
    await em.execute(`analyze "coverage"."${table}"`);
  }
  return {
    region_target: data.regionTargets.length,
    participant: data.participants.length,
    contribution: contributions.rows,
  };
}
