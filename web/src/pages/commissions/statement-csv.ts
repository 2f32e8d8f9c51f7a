/** The figures of a statement row that the CSV export writes (whole rupiah, as the API gives them). */
export interface StatementCsvRow {
  month: string;
  agent: { agentNumber: string; name: string };
  office: { name: string };
  contributionsCount: number;
  contributionsTotal: number;
  incentive: number;
  newParticipantsCount: number;
  bonus: number;
  total: number;
  agentShare: number;
  officeShare: number;
}

/** Machine-readable column names (stable across languages), then one line per statement. */
export function statementCsv(statements: readonly StatementCsvRow[]): (string | number)[][] {
  return [
    [
      "month",
      "agent_number",
      "agent_name",
      "office",
      "contributions_count",
      "contributions_total",
      "incentive",
      "new_participants",
      "bonus",
      "total",
      "agent_share",
      "office_share",
    ],
    ...statements.map((statement) => [
      statement.month,
      statement.agent.agentNumber,
      statement.agent.name,
      statement.office.name,
      statement.contributionsCount,
      statement.contributionsTotal,
      statement.incentive,
      statement.newParticipantsCount,
      statement.bonus,
      statement.total,
      statement.agentShare,
      statement.officeShare,
    ]),
  ];
}
