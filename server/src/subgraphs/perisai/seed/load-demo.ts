import { copyRows, resetSequence, type CopyValue } from "../../../shared/db/copy";
import type { Em } from "../../../shared/db/orm";
import type { AgentRecord, DataSet } from "../../../seed/demo/model";

/** One status-history row per entry of an agent's history; the first has no previous status. */
function* statusChangeRows(agents: readonly AgentRecord[]): Generator<CopyValue[]> {
  for (const agent of agents) {
    let previous: string | null = null;
    for (const entry of agent.history) {
      yield [agent.id, previous, entry.status, entry.on, entry.reason];
      previous = entry.status;
    }
  }
}

/**
 * Bulk-loads perisai's tables from a demo data set with COPY, keeping the record ids as row ids (the other
 * subgraphs refer to them), then moves each sequence past them. Parents come before children in every
 * table, so the foreign keys hold row by row.
 */
export async function loadDemo(em: Em, data: DataSet): Promise<Record<string, number>> {
  const existing = await em.execute<{ count: string }[]>('select count(*) from "perisai"."bpjs_office"');
  if (Number(existing[0].count) > 0) return {};
  await copyRows(
    em,
    '"perisai"."bpjs_office"',
    ["id", "parent_id", "kind", "name", "region_code", "head_name", "address"],
    data.bpjsOffices.map((office) => [
      office.id,
      office.parentId,
      office.kind,
      office.name,
      office.regionCode,
      office.headName,
      office.address,
    ]),
  );
  await copyRows(
    em,
    '"perisai"."mou"',
    [
      "id",
      "number",
      "title",
      "bpjs_office_id",
      "chapter_id",
      "signed_on",
      "place",
      "bpjs_signatory",
      "bpjs_signatory_title",
      "okoce_signatory",
      "okoce_signatory_title",
      "scope",
      "valid_from",
      "valid_until",
      "umkm_target",
    ],
    data.mous.map((mou) => [
      mou.id,
      mou.number,
      mou.title,
      mou.bpjsOfficeId,
      mou.chapterId,
      mou.signedOn,
      mou.place,
      mou.bpjsSignatory,
      mou.bpjsSignatoryTitle,
      mou.okoceSignatory,
      mou.okoceSignatoryTitle,
      mou.scope,
      mou.validFrom,
      mou.validUntil,
      mou.umkmTarget,
    ]),
  );
  await copyRows(
    em,
    '"perisai"."perisai_office"',
    [
      "id",
      "parent_id",
      "name",
      "region_code",
      "host_chapter_id",
      "supervising_branch_id",
      "mou_id",
      "status",
      "pioneer",
      "monthly_target",
      "established_on",
      "address",
    ],
    data.perisaiOffices.map((office) => [
      office.id,
      office.parentId,
      office.name,
      office.regionCode,
      office.hostChapterId,
      office.supervisingBranchId,
      office.mouId,
      office.status,
      office.pioneer,
      office.monthlyTarget,
      office.establishedOn,
      office.address,
    ]),
  );
  await copyRows(
    em,
    '"perisai"."agent"',
    ["id", "agent_number", "name", "nik", "phone", "umkm_id", "office_id", "territory", "status", "appointed_on"],
    data.agents.map((agent) => [
      agent.id,
      agent.agentNumber,
      agent.name,
      agent.nik,
      agent.phone,
      agent.umkmId,
      agent.officeId,
      agent.territory,
      agent.status,
      agent.appointedOn,
    ]),
  );
  await copyRows(
    em,
    '"perisai"."agent_status_change"',
    ["agent_id", "from_status", "to_status", "effective_on", "reason"],
    statusChangeRows(data.agents),
  );
  for (const table of ["bpjs_office", "mou", "perisai_office", "agent", "agent_status_change"]) {
    await resetSequence(em, `"perisai"."${table}"`);
    await em.execute(`analyze "perisai"."${table}"`);
  }
  return {
    bpjsOffices: data.bpjsOffices.length,
    mous: data.mous.length,
    perisaiOffices: data.perisaiOffices.length,
    agents: data.agents.length,
    agentStatusChanges: data.agents.reduce((total, agent) => total + agent.history.length, 0),
  };
}
