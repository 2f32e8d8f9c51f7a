import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMonths, jakartaToday } from "../../src/shared/calendar";
import { toGlobalId } from "../../src/shared/graphql/global-id";
import { composeNik } from "../../src/shared/validation/nik";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

const USER_ERRORS = "userErrors { field message code }";
const PIONEER = toGlobalId("PerisaiOffice", 2);
// Sagulung, a sub-office of the Batam pioneer: its admin's subtree.
const SAGULUNG = "21.71.11";
const TODAY = jakartaToday();
// Appointed and activated five months ago, with no participant since: three quiet complete months.
const APPOINTED_ON = addMonths(TODAY, -5);
const PEOPLE = [
  { name: "Rahmat Hidayat", nik: composeNik(SAGULUNG, "1987-03-21", "MALE", 9811), phone: "0812-7700-9811" },
  { name: "Siti Aminah", nik: composeNik(SAGULUNG, "1990-08-02", "FEMALE", 9812), phone: "0812-7700-9812" },
];

const PROPOSALS = `query ($filter: TerminationProposalFilter, $first: Int) {
  terminationProposals(filter: $filter, first: $first) {
    totalCount
    nodes {
      agentNumber countingFrom
      months { month newParticipants contributions }
      rule { validFrom inactiveMonths rejoinAfterMonths }
      agent { id status version } office { id name }
    }
  }
}`;

let admin: string;
const agents: { id: string; agentNumber: string; version: number }[] = [];

async function mutate(mutation: string, input: Record<string, unknown>, token = admin) {
  const { data, errors } = await stack.query(mutation, { input }, { token });
  expect(errors).toBeUndefined();
  return Object.values(data!)[0] as Record<string, any>;
}

async function proposals(token = admin, filter: Record<string, unknown> | null = { officeId: PIONEER }) {
  const { data, errors } = await stack.query(PROPOSALS, { filter, first: 100 }, { token });
  expect(errors).toBeUndefined();
  return data!.terminationProposals as { totalCount: number; nodes: any[] };
}

async function appoint(person: (typeof PEOPLE)[number], officeId: string, appointedOn = APPOINTED_ON) {
  return mutate(
    `mutation ($input: AppointAgentInput!) { appointAgent(input: $input) { agent { id agentNumber version } ${USER_ERRORS} } }`,
    { officeId, ...person, territory: [SAGULUNG], appointedOn },
  );
}

async function decide(input: Record<string, unknown>) {
  return mutate(
    `mutation ($input: DecideTerminationProposalInput!) {
      decideTerminationProposal(input: $input) {
        agent { status statusHistory { toStatus effectiveOn reason } }
        decision { decision reason decidedOn months { month newParticipants contributions } rule { inactiveMonths } }
        statusChange { toStatus effectiveOn reason }
        ${USER_ERRORS}
      }
    }`,
    input,
  );
}

async function auditActions(objectId: string): Promise<{ action: string; after: Record<string, any> }[]> {
  const { data, errors } = await stack.query(
    `query ($id: ID!) { auditLog(filter: { objectId: $id }, first: 50) { nodes { action after } } }`,
    { id: objectId },
  );
  expect(errors).toBeUndefined();
  return data!.auditLog.nodes;
}

beforeAll(async () => {
  admin = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
  const { data } = await stack.query(
    `{ perisaiOffices(filter: { regionCode: "${SAGULUNG}" }, first: 1) { nodes { id } } }`,
    {},
    { token: admin },
  );
  const sagulung = data!.perisaiOffices.nodes[0].id;
  for (const person of PEOPLE) {
    const appointed = await appoint(person, sagulung);
    expect(appointed.userErrors).toEqual([]);
    const activated = await mutate(
      `mutation ($input: AgentStatusChangeInput!) { activateAgent(input: $input) { agent { version } ${USER_ERRORS} } }`,
      { agentId: appointed.agent.id, expectedVersion: appointed.agent.version, effectiveOn: APPOINTED_ON },
    );
    expect(activated.userErrors).toEqual([]);
    agents.push({ ...appointed.agent, version: activated.agent.version });
  }
});

// The kept agent leaves the network again, so Batam's active agents are what they were before this file.
afterAll(async () => {
  const [kept] = agents;
  if (!kept) return;
  await stack.query(
    `mutation ($input: AgentStatusChangeInput!) { terminateAgent(input: $input) { userErrors { code } } }`,
    { input: { agentId: kept.id, expectedVersion: kept.version, reason: "Pembersihan data uji" } },
    { token: admin },
  );
});

describe("termination proposals", () => {
  it("lists the Batam agents without a new participant or a contribution in the last 3 complete months", async () => {
    const list = await proposals();
    const ours = list.nodes.filter((node) => agents.some((agent) => agent.id === node.agent.id));
    expect(ours).toHaveLength(2);
    const [first] = ours;
    expect(first.rule).toEqual({ validFrom: "2020-07-09", inactiveMonths: 3, rejoinAfterMonths: 6 });
    expect(first.countingFrom).toBe(APPOINTED_ON);
    expect(first.months.map((month: any) => month.month)).toEqual(
      [-3, -2, -1].map((by) => addMonths(`${TODAY.slice(0, 7)}-01`, by).slice(0, 7)),
    );
    for (const node of list.nodes) {
      expect(node.agent.status).toBe("ACTIVE");
      expect(node.months).toHaveLength(3);
      expect(node.months.every((month: any) => month.newParticipants === 0 && month.contributions === 0)).toBe(true);
    }
    // The admin's subtree only: the pioneer and its sub-offices.
    expect(list.nodes.every((node) => node.agentNumber.startsWith("AP-2171-"))).toBe(true);
  });

  it("does not propose an agent appointed less than 3 months ago", async () => {
    const recent = {
      name: "Dewi Lestari",
      nik: composeNik(SAGULUNG, "1993-01-09", "FEMALE", 9813),
      phone: "0812-7700-9813",
    };
    const appointed = await appoint(recent, PIONEER, addMonths(TODAY, -2));
    expect(appointed.userErrors).toEqual([]);
    const list = await proposals();
    expect(list.nodes.map((node) => node.agent.id)).not.toContain(appointed.agent.id);
    const refused = await decide({ agentId: appointed.agent.id, decision: "KEEP", reason: "Baru diangkat" });
    expect(refused.userErrors).toContainEqual(
      expect.objectContaining({ field: ["input", "agentId"], code: "INVALID_TRANSITION" }),
    );
    await mutate(`mutation ($input: AgentStatusChangeInput!) { terminateAgent(input: $input) { ${USER_ERRORS} } }`, {
      agentId: appointed.agent.id,
      expectedVersion: appointed.agent.version,
      reason: "Pembersihan data uji",
    });
  });

  it("costs the same number of SQL statements for 1 proposal as for 100", async () => {
    const query = `query ($first: Int) { terminationProposals(first: $first) {
      totalCount nodes { agentNumber months { month } rule { inactiveMonths } agent { name status office { name } } office { name } }
    } }`;
    await stack.countStatements(query, { first: 1 });
    const one = await stack.countStatements(query, { first: 1 });
    const all = await stack.countStatements(query, { first: 100 });
    expect(all.response.errors).toBeUndefined();
    expect(all.response.data!.terminationProposals.nodes.length).toBeGreaterThan(1);
    expect(all.statements).toBe(one.statements);
  });

  it("keeps an agent with a reason: they leave the list, and the decision is dated and audited", async () => {
    const [kept] = agents;
    const withoutReason = await decide({ agentId: kept.id, decision: "KEEP", reason: "  " });
    expect(withoutReason.userErrors).toContainEqual(
      expect.objectContaining({ field: ["input", "reason"], code: "REQUIRED" }),
    );

    const payload = await decide({ agentId: kept.id, decision: "KEEP", reason: "Sedang membina 12 UMKM di Sagulung" });
    expect(payload.userErrors).toEqual([]);
    expect(payload.agent.status).toBe("ACTIVE");
    expect(payload.statusChange).toBeNull();
    expect(payload.decision).toMatchObject({ decision: "KEEP", decidedOn: TODAY, rule: { inactiveMonths: 3 } });
    expect(payload.decision.months).toHaveLength(3);

    expect((await proposals()).nodes.map((node) => node.agent.id)).not.toContain(kept.id);
    const again = await decide({ agentId: kept.id, decision: "TERMINATE", reason: "Berubah pikiran" });
    expect(again.userErrors[0]).toMatchObject({ code: "INVALID_TRANSITION" });
    expect(again.userErrors[0].message).toContain("not proposed");

    const audit = await auditActions(kept.id);
    const entry = audit.find((item) => item.action === "decideTerminationProposal");
    expect(entry?.after).toMatchObject({
      decision: "KEEP",
      reason: "Sedang membina 12 UMKM di Sagulung",
      decidedOn: TODAY,
    });
    expect(entry?.after.months).toHaveLength(3);
  });

  it("terminates an agent: TERMINATED from today in the history, audited, off the list", async () => {
    const [, terminated] = agents;
    const payload = await decide({
      agentId: terminated.id,
      decision: "TERMINATE",
      reason: "Tidak aktif sejak diangkat",
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.agent.status).toBe("TERMINATED");
    expect(payload.statusChange).toMatchObject({ toStatus: "TERMINATED", effectiveOn: TODAY });
    expect(payload.statusChange.reason).toContain("Tidak aktif sejak diangkat");
    expect(payload.agent.statusHistory.map((change: any) => change.toStatus)).toEqual([
      "CANDIDATE",
      "ACTIVE",
      "TERMINATED",
    ]);
    expect((await proposals()).nodes.map((node) => node.agent.id)).not.toContain(terminated.id);
    const actions = (await auditActions(terminated.id)).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["terminateAgent", "decideTerminationProposal"]));
  });

  it("refuses to appoint the terminated person again before 6 months, saying when they may rejoin", async () => {
    const payload = await appoint(PEOPLE[1], PIONEER, TODAY);
    expect(payload.agent).toBeNull();
    const refusal = payload.userErrors.find((error: any) => error.field.join(".") === "input.nik");
    expect(refusal).toMatchObject({ code: "INVALID_TRANSITION" });
    expect(refusal.message).toContain(`from ${addMonths(TODAY, 6)}`);
  });

  it("shows national coordinators every office's proposals and refuses agents", async () => {
    const national = await proposals(await stack.signIn(DEMO_ACCOUNTS.national), null);
    const batam = await proposals();
    expect(national.totalCount).toBeGreaterThanOrEqual(batam.totalCount);
    expect(
      national.nodes.some((node) => !node.agentNumber.startsWith("AP-2171-")) ||
        national.totalCount === batam.totalCount,
    ).toBe(true);
    const agent = await stack.query(PROPOSALS, {}, { token: await stack.signIn(DEMO_ACCOUNTS.batamAgent) });
    expect(agent.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("publishes the dated agent rules", async () => {
    const { data } = await stack.query(`{ agentRules { validFrom inactiveMonths rejoinAfterMonths basis } }`);
    expect(data!.agentRules[0]).toMatchObject({ validFrom: "2020-07-09", inactiveMonths: 3, rejoinAfterMonths: 6 });
  });
});
