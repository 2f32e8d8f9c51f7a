import type { Em } from "../../../shared/db/orm";
import { perisaiOfficeRef } from "../entities/external/perisai-office.ref";
import { OFFICE_SUMS } from "./commission-close.sql";
import { OfficeCommissionStatement } from "./office-commission-statement.type";

interface SumsRow {
  agent_count: number;
  contributions_count: number;
  contributions_total: string;
  new_participants_count: number;
  incentive: string;
  bonus: string;
  total: string;
  agent_share: string;
  office_share: string;
  closed_offices: number;
}

/** The office statement: one aggregate over the stored agent statements of the offices (an index range). */
export async function officeStatementOf(
  em: Em,
  month: string,
  rootOfficeId: number | null,
  officeIds: readonly number[],
  includesSubOffices: boolean,
): Promise<OfficeCommissionStatement> {
  const offices = JSON.stringify(officeIds);
  const [row] = await em.execute<SumsRow[]>(OFFICE_SUMS, [month, offices, month, offices]);
  return Object.assign(new OfficeCommissionStatement(), {
    office: rootOfficeId === null ? null : perisaiOfficeRef(rootOfficeId),
    month,
    includesSubOffices,
    officeCount: officeIds.length,
    closedOfficeCount: row.closed_offices,
    closed: officeIds.length > 0 && row.closed_offices === officeIds.length,
    agentCount: row.agent_count,
    contributionsCount: row.contributions_count,
    contributionsTotal: Number(row.contributions_total),
    newParticipantsCount: row.new_participants_count,
    incentive: Number(row.incentive),
    bonus: Number(row.bonus),
    total: Number(row.total),
    agentShare: Number(row.agent_share),
    officeShare: Number(row.office_share),
  });
}
