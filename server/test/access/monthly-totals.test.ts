import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, useStack } from "../support/stack";

const stack = useStack();

const TOTALS = `query ($filter: MonthlyTotalsFilter) { monthlyTotals(filter: $filter) { period enrolments } }`;

describe("monthly totals of one office or agent", () => {
  it("are open nationally, but an office's or agent's series only to those who see it", async () => {
    const { data } = await stack.query(
      `{ batam: perisaiOffices(first: 1, filter: { pioneer: true }) { nodes { id } }
         aceh: perisaiOffices(first: 1, filter: { regionCode: "11" }) { nodes { id } }
         acehAgents: agents(first: 1, filter: { regionCode: "11" }) { nodes { id } }
         batamAgent: agentByNumber(agentNumber: "AP-2171-00002") { id } }`,
    );
    const batam = data!.batam.nodes[0].id;
    const aceh = data!.aceh.nodes[0];
    const admin = await stack.signIn(DEMO_ACCOUNTS.batamAdmin);
    const agent = await stack.signIn(DEMO_ACCOUNTS.batamAgent);
    const code = async (filter: Record<string, unknown>, token: string) =>
      (await stack.query(TOTALS, { filter }, { token })).errors?.[0]?.extensions?.code ?? "OK";

    expect(await code({}, agent)).toBe("OK");
    expect(await code({ officeId: batam }, admin)).toBe("OK");
    expect(await code({ agentId: data!.batamAgent.id }, admin)).toBe("OK");
    expect(await code({ officeId: aceh.id }, admin)).toBe("FORBIDDEN");
    expect(await code({ agentId: data!.acehAgents.nodes[0].id }, admin)).toBe("FORBIDDEN");
    expect(await code({ agentId: data!.batamAgent.id }, agent)).toBe("FORBIDDEN");
    expect(await code({ officeId: batam }, agent)).toBe("FORBIDDEN");
    const { data: me } = await stack.query(`{ me { agent { id } } }`, {}, { token: agent });
    expect(await code({ agentId: me!.me.agent.id }, agent)).toBe("OK");
  });
});
