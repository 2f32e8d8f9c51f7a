import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

const GAPS = `query ($filter: CoverageGapFilter, $first: Int, $after: String) {
  coverageGaps(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { rank kecamatan { code name } umkmRegistered umkmCovered umkmUncovered activeAgents gapScore }
  }
}`;

interface Gap {
  rank: number;
  kecamatan: { code: string; name: string };
  umkmRegistered: number;
  umkmCovered: number;
  umkmUncovered: number;
  activeAgents: number;
  gapScore: number | null;
}

async function gaps(variables: Record<string, unknown>, token?: string) {
  const { data, errors } = await stack.query(GAPS, variables, token ? { token } : {});
  expect(errors).toBeUndefined();
  return data!.coverageGaps as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    nodes: Gap[];
  };
}

describe("coverage-gap ranking", () => {
  it("lists Kota Batam's 12 kecamatan with figures that add up to Kota Batam's", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
    const batam = await gaps({ filter: { regionCode: "21.71", onlyWithGap: false }, first: 50 }, token);
    expect(batam.totalCount).toBe(12);
    expect(batam.nodes.every((gap) => gap.kecamatan.code.startsWith("21.71."))).toBe(true);
    const { data } = await stack.query(
      `{ region(code: "21.71") { umkmCount coverage { umkmCovered } } }`,
      {},
      { token },
    );
    const sum = (pick: (gap: Gap) => number) => batam.nodes.reduce((total, gap) => total + pick(gap), 0);
    expect(sum((gap) => gap.umkmRegistered)).toBe(81_486);
    expect(sum((gap) => gap.umkmRegistered)).toBe(data!.region.umkmCount);
    expect(sum((gap) => gap.umkmCovered)).toBe(data!.region.coverage.umkmCovered);
    for (const gap of batam.nodes) {
      expect(gap.umkmUncovered).toBe(gap.umkmRegistered - gap.umkmCovered);
      expect(gap.gapScore).toBe(gap.activeAgents ? gap.umkmUncovered / gap.activeAgents : null);
    }
  });

  it("ranks kecamatan with no active agent first, then by uncovered UMKM per agent, page after page", async () => {
    const first = await gaps({ first: 40 });
    const second = await gaps({ first: 40, after: first.pageInfo.endCursor });
    const ranked = [...first.nodes, ...second.nodes];
    expect(ranked.map((gap) => gap.rank)).toEqual(ranked.map((_, index) => index + 1));
    const key = (gap: Gap) => (gap.gapScore === null ? Number.POSITIVE_INFINITY : gap.gapScore);
    for (let index = 1; index < ranked.length; index++) {
      const [before, after] = [ranked[index - 1], ranked[index]];
      if (before.gapScore === null && after.gapScore === null) {
        expect(before.umkmUncovered).toBeGreaterThanOrEqual(after.umkmUncovered);
      } else expect(key(before)).toBeGreaterThanOrEqual(key(after));
    }
    expect(second.totalCount).toBe(first.totalCount);
  });

  it("answers in the same number of SQL statements for 5 and 100 kecamatan", async () => {
    const query = (first: number) => `{ coverageGaps(first: ${first}) { nodes { kecamatan { name } umkmUncovered } } }`;
    await stack.countStatements(query(1));
    const small = await stack.countStatements(query(5));
    const large = await stack.countStatements(query(100));
    expect(large.statements).toBe(small.statements);
  });

  it("counts an agent in a kecamatan as soon as their territory includes it", async () => {
    const token = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
    const before = await gaps({ filter: { regionCode: "21.71", onlyWithGap: false }, first: 50 }, token);
    const { data } = await stack.query(
      `{ agents(first: 100, filter: { regionCode: "21.71", status: ACTIVE }) { nodes { id version territory { code } } } }`,
      {},
      { token },
    );
    const agent = data!.agents.nodes.find((node: { territory: { code: string }[] }) => node.territory.length < 12);
    const held = new Set(agent.territory.map((region: { code: string }) => region.code));
    const target = before.nodes.find((gap) => !held.has(gap.kecamatan.code))!;
    const update = await stack.query(
      `mutation ($input: UpdateAgentInput!) { updateAgent(input: $input) { userErrors { field message } } }`,
      { input: { agentId: agent.id, expectedVersion: agent.version, territory: [...held, target.kecamatan.code] } },
      { token },
    );
    expect(update.errors).toBeUndefined();
    expect(update.data!.updateAgent.userErrors).toEqual([]);
    const after = await gaps({ filter: { regionCode: "21.71", onlyWithGap: false }, first: 50 }, token);
    const moved = after.nodes.find((gap) => gap.kecamatan.code === target.kecamatan.code)!;
    expect(moved.activeAgents).toBe(target.activeAgents + 1);
  });

  it("refuses a region code that is not a province or regency", async () => {
    const { errors } = await stack.query(GAPS, { filter: { regionCode: "21.71.06.1001" } });
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
