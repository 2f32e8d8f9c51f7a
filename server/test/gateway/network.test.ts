import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

// The operations of web/src/pages/network (NetworkPage_Offices, _OfficeAgents, NetworkGraph_Agents), copied:
// the server's typecheck cannot import the web app's gql.tada documents.
const OFFICES = `query ($first: Int!, $after: String) {
  perisaiOffices(first: $first, after: $after, sortKey: NAME) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name status
      parent { id }
      region { code name }
      agentsTotal: agentCount
      agentsActive: agentCount(status: ACTIVE)
      coverage { participantsActive participantsTotal }
    }
  }
}`;
const OFFICE_AGENTS = `query ($officeId: ID!, $first: Int!, $after: String) {
  perisaiOffice(id: $officeId) {
    id
    agents(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id agentNumber name status coverage { participantsActive participantsTotal } }
    }
  }
}`;
const ALL_AGENTS = `query ($first: Int!, $after: String) {
  agents(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id agentNumber name status office { id } coverage { participantsTotal } }
  }
}`;

describe("the network page's requests", () => {
  it("load the whole demo office tree with its counts in one request, in as many statements as 10 offices", async () => {
    await stack.query(OFFICES, { first: 1 });
    const ten = await stack.countStatements(OFFICES, { first: 10 });
    const all = await stack.countStatements(OFFICES, { first: 100 });
    expect(all.response.errors).toBeUndefined();
    const { totalCount, nodes, pageInfo } = all.response.data!.perisaiOffices;
    // 80 demo offices and 1,028 agents, plus whatever earlier test files created.
    const { data: totals } = await stack.query(`{ agents(first: 1) { totalCount } }`);
    expect(totalCount).toBeGreaterThanOrEqual(80);
    expect(nodes).toHaveLength(totalCount);
    expect(pageInfo.hasNextPage).toBe(false);
    expect(nodes.reduce((sum: number, office: any) => sum + office.agentsTotal, 0)).toBe(totals!.agents.totalCount);
    expect(nodes.filter((office: any) => office.parent === null).map((office: any) => office.name)).toContain(
      "Kantor Perisai OK OCE Progresif Nasional",
    );
    process.stdout.write(`SQL statements: 10 offices → ${ten.statements}, ${totalCount} offices → ${all.statements}\n`);
    expect(all.statements).toBe(ten.statements);
  });

  it("load a page of an office's agents, and all agents for the graph, in a fixed number of statements", async () => {
    const offices = await stack.query(OFFICES, { first: 100 });
    const batam = offices.data!.perisaiOffices.nodes.find(
      (office: any) => office.name === "Kantor Perisai OK OCE Progresif Batam",
    );
    await stack.query(OFFICE_AGENTS, { officeId: batam.id, first: 1 });
    const ten = await stack.countStatements(OFFICE_AGENTS, { officeId: batam.id, first: 10 });
    const hundred = await stack.countStatements(OFFICE_AGENTS, { officeId: batam.id, first: 100 });
    expect(hundred.response.errors).toBeUndefined();
    expect(hundred.response.data!.perisaiOffice.agents.nodes[0].agentNumber).toBe("AP-2171-00001");
    expect(hundred.statements).toBe(ten.statements);

    const graphTen = await stack.countStatements(ALL_AGENTS, { first: 10 });
    const graphHundred = await stack.countStatements(ALL_AGENTS, { first: 100 });
    expect(graphHundred.response.data!.agents.totalCount).toBeGreaterThanOrEqual(1028);
    expect(graphHundred.statements).toBe(graphTen.statements);
  });

  it("give the Batam office admin only the Batam subtree, rooted at Batam", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
    const { data, errors } = await stack.query(OFFICES, { first: 100 }, { token });
    expect(errors).toBeUndefined();
    const nodes = data!.perisaiOffices.nodes;
    // Batam and its three sub-offices, plus any another test opened under it: all in Kota Batam.
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(nodes.every((office: any) => office.region.code.startsWith("21.71"))).toBe(true);
    const roots = nodes.filter((office: any) => office.parent === null);
    expect(roots.map((office: any) => office.name)).toEqual(["Kantor Perisai OK OCE Progresif Batam"]);
  });

  it("give the Batam Nagoya branch officer the offices the branch supervises, Batam among them", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.branchOfficer);
    const { data, errors } = await stack.query(OFFICES, { first: 100 }, { token });
    expect(errors).toBeUndefined();
    const names = data!.perisaiOffices.nodes.map((office: any) => office.name);
    expect(names).toContain("Kantor Perisai OK OCE Progresif Batam");
    expect(names).not.toContain("Kantor Perisai OK OCE Progresif Nasional");
    expect(names.length).toBeLessThan(80);
  });

  it("count a region's active agents in one statement, from the per-office rollup, as many as the rows hold", async () => {
    const total = (search: string) =>
      `{ agents(first: 1, filter: { regionCode: "21.71", status: ACTIVE${search} }) { totalCount } }`;
    const fromRollup = await stack.countStatements(total(""));
    // A search needs the rows, so this one counts them.
    const fromRows = await stack.query(total(', search: "AP-"'));
    expect(fromRollup.response.errors).toBeUndefined();
    expect(fromRollup.statements).toBe(1);
    expect(fromRollup.response.data!.agents.totalCount).toBeGreaterThan(0);
    expect(fromRollup.response.data!.agents.totalCount).toBe(fromRows.data!.agents.totalCount);
  });
});
