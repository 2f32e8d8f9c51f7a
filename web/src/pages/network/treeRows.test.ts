import { describe, expect, it } from "vitest";
import type { OfficeAgents } from "./networkData";
import { buildOfficeTree, searchScope, searchWords, type OfficeRecord } from "./officeTree";
import { visibleRows, type TreeAgent } from "./treeRows";

function office(id: string, parentId: string | null, name: string, agents = 0): OfficeRecord {
  return {
    id,
    parentId,
    name,
    status: "ACTIVE",
    regionName: null,
    agentsTotal: agents,
    agentsActive: agents,
    participantsActive: 0,
    participantsTotal: 0,
  };
}

const tree = buildOfficeTree([
  office("national", null, "Nasional"),
  office("aceh", "national", "Aceh", 2),
  office("kepri", "national", "Kepulauan Riau"),
  office("batam", "kepri", "Batam", 250),
  office("sagulung", "batam", "Kecamatan Sagulung", 5),
]);

function page(count: number, total: number, more: Partial<OfficeAgents> = {}): OfficeAgents {
  return {
    agents: Array.from({ length: count }, (_, i) => ({
      id: `agent-${i + 1}`,
      agentNumber: `AP-2171-${String(i + 1).padStart(5, "0")}`,
      name: `Agen ${i + 1}`,
      status: "ACTIVE",
      coverage: { participantsActive: i, participantsTotal: i },
    })),
    totalCount: total,
    endCursor: "cursor",
    hasNextPage: count < total,
    loading: false,
    error: null,
    ...more,
  };
}

const keys = (rows: ReturnType<typeof visibleRows>) => rows.map((row) => row.key);

describe("visibleRows", () => {
  it("shows only the roots while nothing is open", () => {
    const rows = visibleRows({ tree, expanded: new Set(), agentsByOffice: new Map(), search: null });
    expect(rows).toMatchObject([{ key: "national", level: 1, posinset: 1, setsize: 1, expanded: false }]);
  });

  it("shows sub-offices, then agents, then a row to load more, with levels and positions", () => {
    const rows = visibleRows({
      tree,
      expanded: new Set(["national", "kepri", "batam"]),
      agentsByOffice: new Map([["batam", page(2, 250)]]),
      search: null,
    });
    expect(keys(rows)).toEqual(["national", "aceh", "kepri", "batam", "sagulung", "agent-1", "agent-2", "more:batam"]);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get("sagulung")).toMatchObject({ level: 4, posinset: 1, setsize: 4, parentKey: "batam" });
    expect(byKey.get("agent-2")).toMatchObject({ level: 4, posinset: 3, setsize: 4, kind: "agent" });
    expect(byKey.get("more:batam")).toMatchObject({ posinset: 4, loaded: 2, total: 250 });
  });

  it("says the agents are loading until their first page comes", () => {
    const rows = visibleRows({ tree, expanded: new Set(["national"]), agentsByOffice: new Map(), search: null });
    expect(keys(rows)).toEqual(["national", "aceh", "kepri"]);
    const open = visibleRows({
      tree,
      expanded: new Set(["national", "aceh"]),
      agentsByOffice: new Map(),
      search: null,
    });
    expect(keys(open)).toEqual(["national", "aceh", "loading:aceh", "kepri"]);
  });

  it("while searching, shows the way to a matching agent and only that agent under its office", () => {
    const agent: TreeAgent = {
      id: "agent-1",
      agentNumber: "AP-2171-00001",
      name: "Agen 1",
      status: "ACTIVE",
      participantsActive: 3,
    };
    const scope = searchScope(tree, searchWords("AP-2171-00001"), ["batam"]);
    const rows = visibleRows({
      tree,
      expanded: new Set(["national", "kepri", "batam"]),
      agentsByOffice: new Map([["batam", page(100, 250)]]),
      search: { scope, agentsByOffice: new Map([["batam", [agent]]]) },
    });
    expect(keys(rows)).toEqual(["national", "kepri", "batam", "agent-1"]);
  });

  it("while searching, shows a matching office with everything below it", () => {
    const scope = searchScope(tree, searchWords("batam"), []);
    const rows = visibleRows({
      tree,
      expanded: new Set(["national", "kepri", "batam"]),
      agentsByOffice: new Map([["batam", page(1, 1)]]),
      search: { scope, agentsByOffice: new Map() },
    });
    expect(keys(rows)).toEqual(["national", "kepri", "batam", "sagulung", "agent-1"]);
  });
});
