import { beforeAll, describe, expect, it } from "vitest";
import { addMonthsTo, statementFigures } from "../../src/subgraphs/coverage/commissions/commission-rules";
import { jakartaToday } from "../../src/shared/calendar";
import { composeNik } from "../../src/shared/validation/nik";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

const TODAY = jakartaToday();
/** Two months that have ended: the first is closed, then the second, so a late payment can cross them. */
const FIRST_MONTH = addMonthsTo(TODAY.slice(0, 7), -2);
const SECOND_MONTH = addMonthsTo(TODAY.slice(0, 7), -1);
const SCHEME = {
  incentiveBasisPoints: 750,
  bonusAmount: 500_000,
  bonusThreshold: 50,
  agentShareBasisPoints: 9_000,
  validFrom: "2020-07-01",
  validTo: null,
};

const STATEMENT_FIELDS = `id month agent { id } office { id } contributionsCount contributionsTotal newParticipantsCount
  incentive bonus total agentShare officeShare scheme { incentiveRate bonusAmount bonusThreshold agentShare legalBasis }`;
const CLOSE = `mutation ($input: CloseCommissionMonthInput!) {
  closeCommissionMonth(input: $input) {
    alreadyClosed
    officeStatement { officeCount closed agentCount contributionsTotal incentive bonus total agentShare officeShare }
    statements { ${STATEMENT_FIELDS} }
    userErrors { field message code }
  }
}`;

const tokens: Record<string, string> = {};
const ids: { office?: string; agentA?: string; agentB?: string; officeIds?: number[] } = {};
const closed: Record<string, any> = {};

async function sql<T>(text: string, bindings: unknown[] = []): Promise<T[]> {
  return stack.running.subgraphs.coverage.orm.em.fork().execute<T[]>(text, bindings);
}

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string) {
  const { data, errors } = await stack.query<T>(query, variables, { token });
  expect(errors).toBeUndefined();
  return data!;
}

async function enrol(agentId: string, count: number, serialBase: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const birthDate = `1990-${String((index % 12) + 1).padStart(2, "0")}-${String((index % 27) + 1).padStart(2, "0")}`;
    const data = await ok(
      `mutation ($input: EnrollParticipantInput!) {
        enrollParticipant(input: $input) { participant { id } userErrors { field message } }
      }`,
      {
        input: {
          nik: composeNik("21.71.06", birthDate, "MALE", serialBase + index),
          name: `Peserta Uji ${serialBase + index}`,
          declaredIncome: 1_000_000,
          programs: ["JKK", "JKM"],
          kecamatanCode: "21.71.06",
          agentId,
          registeredOn: `${FIRST_MONTH}-10`,
        },
      },
      tokens.admin,
    );
    expect(data.enrollParticipant.userErrors).toEqual([]);
  }
}

/** Independent sums straight from the contribution table: payments made in the month, by agent. */
async function paidInMonth(month: string): Promise<Map<number, number>> {
  const rows = await sql<{ agent_id: number; total: string }>(
    `select agent_id, sum(total) as total from coverage.contribution
     where office_id in (select value::int from jsonb_array_elements_text(?::jsonb))
       and paid_on >= ?::date and paid_on < ?::date group by agent_id`,
    [JSON.stringify(ids.officeIds), `${month}-01`, `${addMonthsTo(month, 1)}-01`],
  );
  return new Map(rows.map((row) => [row.agent_id, Number(row.total)]));
}

function localId(globalId: string): number {
  return Number(Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]);
}

beforeAll(async () => {
  tokens.admin = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
  tokens.agent = await stack.signIn(DEMO_ACCOUNTS.batamAgent);
  tokens.analyst = await stack.signIn(DEMO_ACCOUNTS.analyst);
  const own = await ok(
    `{ agents(filter: { search: "AP-2171-00001" }, first: 1) { nodes { id office { id } } } }`,
    {},
    tokens.admin,
  );
  ids.agentA = own.agents.nodes[0].id;
  ids.office = own.agents.nodes[0].office.id;
  const others = await ok(
    `query ($office: ID!) { agents(filter: { officeId: $office, status: ACTIVE }, first: 30) { nodes { id } } }`,
    { office: ids.office },
    tokens.admin,
  );
  // A colleague with no enrolment of their own that month, so that 49 new participants are exactly 49.
  const busy = await sql<{ agent_id: number }>(
    "select distinct agent_id from coverage.participant where registered_on >= ?::date and registered_on < ?::date",
    [`${FIRST_MONTH}-01`, `${SECOND_MONTH}-01`],
  );
  const busyIds = new Set(busy.map((row) => row.agent_id));
  ids.agentB = others.agents.nodes
    .map((agent: { id: string }) => agent.id)
    .find((id: string) => id !== ids.agentA && !busyIds.has(localId(id)));
  const subtree = await sql<{ id: number }>(
    `with recursive tree as (select id from perisai.published_office where id = ?
       union select o.id from perisai.published_office o join tree t on o.parent_id = t.id) select id from tree`,
    [localId(ids.office!)],
  );
  ids.officeIds = subtree.map((row) => row.id);
  // 50 new participants for the agent of agen.batam, 49 for a colleague: the bonus threshold from both sides.
  await enrol(ids.agentA!, 50, 9100);
  await enrol(ids.agentB!, 49, 9200);
}, 120_000);

describe("the monthly commission close", () => {
  it("is refused to the analyst and to agents", async () => {
    for (const token of [tokens.analyst, tokens.agent]) {
      const { data, errors } = await stack.query(CLOSE, { input: { month: FIRST_MONTH } }, { token });
      expect(data).toBeNull();
      expect(errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("refuses a month that has not ended", async () => {
    const data = await ok(CLOSE, { input: { month: TODAY.slice(0, 7), officeId: ids.office } }, tokens.admin);
    expect(data.closeCommissionMonth.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "month"], code: "OUT_OF_RANGE" }),
    ]);
  });

  it("gives the Batam admin statements worth 7.5 % of the month's payments, split 90/10, with the bonus at 50", async () => {
    const data = await ok(CLOSE, { input: { month: FIRST_MONTH, officeId: ids.office } }, tokens.admin);
    const payload = data.closeCommissionMonth;
    expect(payload.userErrors).toEqual([]);
    expect(payload.alreadyClosed).toBe(false);
    closed.first = payload;

    const paid = await paidInMonth(FIRST_MONTH);
    const statements: any[] = payload.statements;
    const byAgent = new Map(statements.map((statement) => [localId(statement.agent.id), statement]));
    expect(new Set(byAgent.keys())).toEqual(new Set([...paid.keys(), localId(ids.agentA!), localId(ids.agentB!)]));
    for (const statement of statements) {
      const paidTotal = paid.get(localId(statement.agent.id)) ?? 0;
      expect(statement.month).toBe(FIRST_MONTH);
      expect(statement.contributionsTotal).toBe(paidTotal);
      expect(statement).toMatchObject(statementFigures(SCHEME, paidTotal, statement.newParticipantsCount));
      expect(Math.abs(statement.incentive - paidTotal * 0.075)).toBeLessThanOrEqual(0.5);
      expect(statement.agentShare + statement.officeShare).toBe(statement.total);
      expect(statement.scheme).toMatchObject({ incentiveRate: 0.075, bonusAmount: 500_000, bonusThreshold: 50 });
    }
    const agentA = byAgent.get(localId(ids.agentA!));
    const agentB = byAgent.get(localId(ids.agentB!));
    expect(agentA.newParticipantsCount).toBeGreaterThanOrEqual(50);
    expect(agentA.bonus).toBe(500_000);
    expect(agentB).toMatchObject({ newParticipantsCount: 49, bonus: 0 });

    const sum = (field: string) => statements.reduce((total, statement) => total + statement[field], 0);
    const allPaid = [...paid.values()].reduce((total, value) => total + value, 0);
    expect(payload.officeStatement).toMatchObject({
      closed: true,
      agentCount: statements.length,
      contributionsTotal: allPaid,
      incentive: sum("incentive"),
      bonus: sum("bonus"),
      total: sum("total"),
      agentShare: sum("agentShare"),
      officeShare: sum("officeShare"),
    });
    expect(payload.officeStatement.agentShare + payload.officeStatement.officeShare).toBe(
      payload.officeStatement.total,
    );

    const worked = agentA;
    const incentive = Math.round(worked.contributionsTotal * 0.075);
    const total = incentive + worked.bonus;
    process.stdout.write(
      `\nStatement worked by hand — agent AP-2171-00001, ${FIRST_MONTH} (Kantor Perisai Batam):\n` +
        `  contributions paid in the month (independent SQL sum): Rp${paid.get(localId(ids.agentA!)) ?? 0}` +
        ` (${worked.contributionsCount} payments)\n` +
        `  7.5 % incentive: ${worked.contributionsTotal} × 0.075 = ${(worked.contributionsTotal * 0.075).toFixed(2)}` +
        ` → Rp${incentive}   system: Rp${worked.incentive}\n` +
        `  new participants ${worked.newParticipantsCount} ≥ 50 → bonus Rp500000   system: Rp${worked.bonus}\n` +
        `  total Rp${total}   system: Rp${worked.total}\n` +
        `  agent 90 %: ${total} × 0.9 = ${(total * 0.9).toFixed(2)} → Rp${Math.round(total * 0.9)}` +
        `   system: Rp${worked.agentShare}\n` +
        `  office 10 %: Rp${total - Math.round(total * 0.9)}   system: Rp${worked.officeShare}\n` +
        `  office statement ${FIRST_MONTH}: ${statements.length} agents, contributions Rp${allPaid},` +
        ` total Rp${payload.officeStatement.total} (agents Rp${payload.officeStatement.agentShare},` +
        ` office Rp${payload.officeStatement.officeShare})\n`,
    );
    expect(worked.incentive).toBe(incentive);
    expect(worked.total).toBe(total);
    expect(worked.agentShare).toBe(Math.round(total * 0.9));
  });

  it("gives the same statements when the month is closed again", async () => {
    const data = await ok(CLOSE, { input: { month: FIRST_MONTH, officeId: ids.office } }, tokens.admin);
    expect(data.closeCommissionMonth.alreadyClosed).toBe(true);
    expect(data.closeCommissionMonth.statements).toEqual(closed.first.statements);
    expect(data.closeCommissionMonth.officeStatement).toEqual(closed.first.officeStatement);
  });

  it("counts a payment recorded after the close in the next month closed", async () => {
    const lapsed = await ok(
      `query ($office: ID!) {
        paymentReminders(filter: { officeId: $office, state: LAPSED }, first: 1) {
          nodes { id agent { id } paymentStatus { oldestUnpaidPeriod } }
        }
      }`,
      { office: ids.office },
      tokens.admin,
    );
    const participant = lapsed.paymentReminders.nodes[0];
    expect(participant).toBeDefined();
    const agentId: string = participant.agent.id;
    const late = await ok(
      `mutation ($input: RecordContributionInput!) {
        recordContribution(input: $input) { contribution { id total } userErrors { field message } }
      }`,
      {
        input: {
          participantId: participant.id,
          period: participant.paymentStatus.oldestUnpaidPeriod,
          paidOn: `${FIRST_MONTH}-20`,
          clientKey: `commission-test-late-${participant.id}`,
        },
      },
      tokens.admin,
    );
    expect(late.recordContribution.userErrors).toEqual([]);
    const contribution = late.recordContribution.contribution;

    const firstAgain = await ok(CLOSE, { input: { month: FIRST_MONTH, officeId: ids.office } }, tokens.admin);
    expect(firstAgain.closeCommissionMonth.statements).toEqual(closed.first.statements);

    const data = await ok(CLOSE, { input: { month: SECOND_MONTH, officeId: ids.office } }, tokens.admin);
    const statements: any[] = data.closeCommissionMonth.statements;
    const paid = await paidInMonth(SECOND_MONTH);
    const collector = statements.find((statement) => statement.agent.id === agentId);
    expect(collector.contributionsTotal).toBe((paid.get(localId(agentId)) ?? 0) + contribution.total);
    expect(statements.reduce((total, statement) => total + statement.contributionsTotal, 0)).toBe(
      [...paid.values()].reduce((total, value) => total + value, 0) + contribution.total,
    );

    const lines = await ok(
      `query ($agent: ID!, $month: Month!) {
        commissionStatements(filter: { agentId: $agent, month: $month }) {
          nodes { month contributions(first: 100) { totalCount nodes { id paidOn } } }
        }
      }`,
      { agent: agentId, month: SECOND_MONTH },
      tokens.admin,
    );
    const counted = lines.commissionStatements.nodes[0].contributions;
    expect(counted.totalCount).toBe(collector.contributionsCount);
    const [lateLine] = await sql<{ statement_id: number }>(
      "select statement_id from coverage.commission_statement_contribution where contribution_id = ?",
      [localId(contribution.id)],
    );
    expect(lateLine.statement_id).toBe(localId(collector.id));
  });

  it("lists the bonus participants and the contributions behind a statement", async () => {
    const data = await ok(
      `query ($agent: ID!, $month: Month!) {
        commissionStatements(filter: { agentId: $agent, month: $month }) {
          totalCount
          nodes {
            contributionsCount newParticipantsCount
            contributions(first: 100) { totalCount nodes { total paidOn } }
            newParticipants(first: 100) { totalCount nodes { registeredOn } }
          }
        }
      }`,
      { agent: ids.agentA, month: FIRST_MONTH },
      tokens.admin,
    );
    const [statement] = data.commissionStatements.nodes;
    expect(statement.newParticipants.totalCount).toBe(statement.newParticipantsCount);
    expect(statement.contributions.totalCount).toBe(statement.contributionsCount);
    for (const participant of statement.newParticipants.nodes)
      expect(participant.registeredOn.slice(0, 7)).toBe(FIRST_MONTH);
    for (const contribution of statement.contributions.nodes) expect(contribution.paidOn.slice(0, 7)).toBe(FIRST_MONTH);
  });

  it("shows an agent their own statements only", async () => {
    const data = await ok(
      `{ commissionStatements(first: 100) { totalCount nodes { agent { id } month bonus } } }`,
      {},
      tokens.agent,
    );
    expect(data.commissionStatements.totalCount).toBeGreaterThanOrEqual(1);
    for (const statement of data.commissionStatements.nodes) expect(statement.agent.id).toBe(ids.agentA);
    const colleague = await ok(
      `query ($agent: ID!) { commissionStatements(filter: { agentId: $agent }) { totalCount } }`,
      { agent: ids.agentB },
      tokens.agent,
    );
    expect(colleague.commissionStatements.totalCount).toBe(0);
    const office = await stack.query(
      `query ($office: ID!, $month: Month!) { officeCommissionStatement(officeId: $office, month: $month) { total } }`,
      { office: ids.office, month: FIRST_MONTH },
      { token: tokens.agent },
    );
    expect(office.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("gives the office statement and each agent's statements through the agent, page by page", async () => {
    const office = await ok(
      `query ($office: ID!, $month: Month!) {
        officeCommissionStatement(officeId: $office, month: $month) { closed agentCount total officeShare }
      }`,
      { office: ids.office, month: FIRST_MONTH },
      tokens.admin,
    );
    expect(office.officeCommissionStatement).toMatchObject({
      closed: true,
      agentCount: closed.first.officeStatement.agentCount,
      total: closed.first.officeStatement.total,
      officeShare: closed.first.officeStatement.officeShare,
    });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await ok(
        `query ($after: String, $month: Month!) {
          commissionStatements(filter: { month: $month }, first: 25, after: $after, sortKey: TOTAL, reverse: true) {
            totalCount pageInfo { hasNextPage endCursor } nodes { id }
          }
        }`,
        { after, month: FIRST_MONTH },
        tokens.admin,
      );
      seen.push(...page.commissionStatements.nodes.map((node: { id: string }) => node.id));
      expect(page.commissionStatements.totalCount).toBe(closed.first.statements.length);
      after = page.commissionStatements.pageInfo.hasNextPage ? page.commissionStatements.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen)).toEqual(new Set(closed.first.statements.map((statement: { id: string }) => statement.id)));

    const agent = await ok(
      `query ($agent: ID!) { node(id: $agent) { ... on Agent { commissionStatements(first: 5) { nodes { month } } } } }`,
      { agent: ids.agentA },
      tokens.admin,
    );
    const months = agent.node.commissionStatements.nodes.map((node: { month: string }) => node.month);
    expect(months).toContain(FIRST_MONTH);
    expect(months).toEqual([...months].sort().reverse());
  });
});
