import type { Viewer } from "../../../shared/auth/viewer";
import { recordAudit } from "../../../shared/audit/audit";
import type { Em } from "../../../shared/db/orm";
import { toGlobalId } from "../../../shared/graphql/global-id";
import { commonRegion } from "../../../shared/import/rows";
import { runImportInBackground } from "../../../shared/import/run-import";
import { nextAgentNumber } from "../commands/agent-numbers";
import { agentNumberPrefix, formatAgentNumber, MAX_AGENT_SERIAL } from "../domain/agent-number";
import type { AgentDraft } from "./agent-import.validate";
import { agentImportJobs, type AgentImport } from "./agent-import.types";

/**
 * Agent numbers for a batch, in file order: the first free serial of each regency comes from
 * nextAgentNumber (which also locks that regency's numbers until the import commits), the rest follow it.
 */
class AgentNumbers {
  private readonly next = new Map<string, number>();

  async take(tx: Em, regionCode: string): Promise<string> {
    const prefix = agentNumberPrefix(regionCode);
    let serial = this.next.get(prefix);
    if (serial === undefined) serial = Number((await nextAgentNumber(tx, regionCode)).slice(prefix.length));
    if (serial > MAX_AGENT_SERIAL) throw new RangeError(`All agent numbers ${prefix}… are used`);
    this.next.set(prefix, serial + 1);
    return formatAgentNumber(regionCode, serial);
  }
}

/** Candidates and the first line of their history, as appointAgent writes them, in one statement per batch. */
const INSERT_AGENTS = `
  with "appointed" as (
    insert into "perisai"."agent" ("agent_number", "name", "nik", "phone", "umkm_id", "office_id", "territory", "status", "appointed_on")
    select "agent_number", "name", "nik", "phone", "umkm_id", "office_id", "territory", 'CANDIDATE', "appointed_on"
    from json_to_recordset(?::json) as row("agent_number" text, "name" text, "nik" text, "phone" text, "umkm_id" int,
      "office_id" int, "territory" text[], "appointed_on" date)
    returning "id", "office_id", "appointed_on"
  )
  insert into "perisai"."agent_status_change" ("agent_id", "from_status", "to_status", "effective_on", "reason")
  select "appointed"."id", null, 'CANDIDATE', "appointed"."appointed_on", 'Diangkat sebagai calon Agen Perisai di ' || office."name"
  from "appointed" join "perisai"."perisai_office" office on office."id" = "appointed"."office_id"`;

export function importAgentsInBackground(em: Em, viewer: Viewer, job: AgentImport, drafts: AgentDraft[]): void {
  const numbers = new AgentNumbers();
  runImportInBackground(em, {
    jobs: agentImportJobs,
    jobId: job.localId,
    rows: drafts,
    lockKey: "perisai.agent_import",
    writeBatch: async (tx, batch) => {
      const rows = [];
      for (const draft of batch) {
        rows.push({
          agent_number: await numbers.take(tx, draft.office.regionCode),
          name: draft.name,
          nik: draft.nik,
          phone: draft.phone,
          umkm_id: draft.umkmId,
          office_id: draft.office.id,
          territory: draft.territory,
          appointed_on: draft.appointedOn,
        });
      }
      await tx.execute(INSERT_AGENTS, [JSON.stringify(rows)]);
    },
    finish: async (tx) => {
      const byOffice: Record<string, number> = {};
      for (const draft of drafts) {
        const office = toGlobalId("PerisaiOffice", draft.office.id);
        byOffice[office] = (byOffice[office] ?? 0) + 1;
      }
      const offices = new Set(drafts.map((draft) => draft.office.id));
      // Counts only: names, NIKs and phones stay out of the audit trail.
      await recordAudit(tx, "perisai", viewer, {
        action: "importAgents",
        objectType: "AgentImport",
        objectId: job.globalId,
        before: null,
        after: { rows: drafts.length, byOffice },
        scope: {
          officeId: offices.size === 1 ? drafts[0].office.id : null,
          regionCode: commonRegion(drafts.map((draft) => draft.office.regionCode)),
        },
      });
    },
  });
}
