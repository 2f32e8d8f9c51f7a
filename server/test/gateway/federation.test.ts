import fs from "node:fs";
import path from "node:path";
import { buildClientSchema, getIntrospectionQuery, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { exampleFiles } from "../../src/gateway/playground";
import { SUBGRAPHS } from "../../src/shared/environment";
import { useStack } from "../support/stack";

const stack = useStack();

const AGENT_PAGE = `query AgentPage($first: Int!) {
  agents(first: $first, sortKey: AGENT_NUMBER) {
    totalCount
    nodes {
      id agentNumber name status
      office { id name region { code name } coverage { participantsActive } }
      territory { code name }
      coverage { participantsActive participantsTotal contributionsTotal lastPeriod }
    }
  }
}`;

describe("one request, a fixed number of SQL statements", () => {
  it("loads 100 agents with office, region and coverage in as many statements as 10 agents", async () => {
    // Once first, so that per-process caches (the session check) are warm in both measured runs.
    await stack.query(AGENT_PAGE, { first: 1 });
    const ten = await stack.countStatements(AGENT_PAGE, { first: 10 });
    const hundred = await stack.countStatements(AGENT_PAGE, { first: 100 });
    expect(ten.response.errors).toBeUndefined();
    expect(hundred.response.errors).toBeUndefined();
    expect(hundred.response.data!.agents.nodes).toHaveLength(100);
    expect(
      new Set(hundred.response.data!.agents.nodes.map((agent: any) => agent.office.region.code)).size,
    ).toBeGreaterThan(1);
    process.stdout.write(`SQL statements: 10 agents → ${ten.statements}, 100 agents → ${hundred.statements}\n`);
    expect(hundred.statements).toBe(ten.statements);
  });

  it("drills down from a province to its kecamatan with coverage in a fixed number of statements", async () => {
    const drill = `query ($first: Int!) { region(code: "21") { coverage { rate } children(first: $first) { nodes { name coverage { umkmCovered participantsActive } children(first: $first) { nodes { name coverage { participantsActive } } } } } } }`;
    await stack.query(drill, { first: 1 });
    const small = await stack.countStatements(drill, { first: 2 });
    const large = await stack.countStatements(drill, { first: 20 });
    expect(large.response.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
  });
});

describe("global IDs", () => {
  it("resolve through node(id:) to objects owned by every subgraph", async () => {
    const { data } = await stack.query(`{
      region(code: "21.71") { id }
      umkms(first: 1, filter: { regionCode: "21.71" }) { nodes { id businessName } }
      agents(first: 1) { nodes { id agentNumber } }
      participants(first: 1) { nodes { id kpjNumber } }
    }`);
    const ids = [data!.region.id, data!.umkms.nodes[0].id, data!.agents.nodes[0].id, data!.participants.nodes[0].id];
    const nodes = await Promise.all(
      ids.map(async (id) => {
        const response = await stack.query(
          `query ($id: ID!) { node(id: $id) { __typename id ... on Region { name } ... on Umkm { businessName } ... on Agent { agentNumber } ... on Participant { kpjNumber } } }`,
          { id },
        );
        expect(response.errors).toBeUndefined();
        return response.data!.node;
      }),
    );
    expect(nodes).toEqual([
      { __typename: "Region", id: ids[0], name: "Kota Batam" },
      { __typename: "Umkm", id: ids[1], businessName: data!.umkms.nodes[0].businessName },
      { __typename: "Agent", id: ids[2], agentNumber: data!.agents.nodes[0].agentNumber },
      { __typename: "Participant", id: ids[3], kpjNumber: data!.participants.nodes[0].kpjNumber },
    ]);
  });

  it("are opaque and an unknown one finds nothing", async () => {
    const { data } = await stack.query(`{ agents(first: 1) { nodes { id } } }`);
    expect(data!.agents.nodes[0].id).not.toMatch(/^\d+$/);
    const missing = await stack.query(`{ node(id: "QWdlbnQ6OTk5OTk5OQ") { id } }`);
    expect(missing).toEqual({ data: { node: null } });
  });
});

describe("personal data", () => {
  it("never leaves the API in clear: NIK, phone and birth date are masked everywhere", async () => {
    const { data, errors } = await stack.query(`{
      umkms(first: 20, filter: { regionCode: "21.71" }) { nodes { ownerNik phone } }
      agents(first: 20) { nodes { nik phone } }
      participants(first: 20) { nodes { nik phone birthDate } }
    }`);
    expect(errors).toBeUndefined();
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/\d{16}/);
    expect(text).not.toMatch(/\+62\d{9,}/);
    expect(text).not.toMatch(/"\d{4}-\d{2}-\d{2}"/);
    expect(data!.participants.nodes[0].nik).toMatch(/^\d{4}\*{12}$/);
  });
});

describe("errors", () => {
  it("give a code and never a stack trace, SQL or an internal address", async () => {
    const responses = await Promise.all([
      stack.query(`{ agents(first: 1000) { totalCount } }`),
      stack.query(`{ agent(id: "not-an-id") { name } }`),
      stack.query(`{ umkms(filter: { regionCode: "nowhere" }) { totalCount } }`),
      stack.query(`{ regions(first: 1) { nodes { noSuchField } } }`),
      stack.query(
        `mutation { recordContribution(input: { participantId: "x", period: "2021-13", clientKey: "k" }) { duplicate } }`,
      ),
    ]);
    for (const response of responses) {
      expect(response.errors?.length).toBeGreaterThan(0);
      for (const error of response.errors!) {
        expect(error.extensions?.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
      }
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|\bat \w+ \(|127\.0\.0\.1|localhost|select |from "/i);
    }
  });
});

describe("operation limits", () => {
  it("refuses a query 20 levels deep and one with 500 aliases before running them", async () => {
    let deep = "name";
    for (let level = 0; level < 20; level += 1) deep = `parent { ${deep} }`;
    const tooDeep = await stack.countStatements(`{ region(code: "21.71.06.1001") { ${deep} } }`);
    expect(tooDeep.response.errors?.[0].extensions?.code).toBe("QUERY_TOO_DEEP");
    expect(tooDeep.statements).toBe(0);

    const aliases = Array.from({ length: 500 }, (_, index) => `a${index}: region(code: "21") { name }`).join(" ");
    const tooWide = await stack.countStatements(`{ ${aliases} }`);
    expect(["TOO_MANY_ALIASES", "TOO_MANY_TOKENS"]).toContain(tooWide.response.errors?.[0].extensions?.code);
    expect(tooWide.statements).toBe(0);
  });
});

describe("the playground's example operations", () => {
  it("are valid against the supergraph", async () => {
    const introspection = await stack.query(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.data as never);
    const files = exampleFiles();
    expect(files).toHaveLength(SUBGRAPHS.length + 1);
    for (const file of files) {
      expect(fs.existsSync(file), `${file} exists`).toBe(true);
      const problems = validate(schema, parse(fs.readFileSync(file, "utf8")));
      expect(problems.map((problem) => `${path.basename(path.dirname(file))}: ${problem.message}`)).toEqual([]);
    }
  });

  it("open in a browser at /graphql, with no script or style from another host", async () => {
    const response = await fetch(`${stack.running.gateway.url}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Perisai Network GraphQL");
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });
});
