import { describe, expect, it } from "vitest";
import { createHitIndex, layoutNetwork, type LayoutAgent, type LayoutNode, type LayoutOffice } from "./graphLayout";

/** A network shaped like the demo one, scaled: a national root, provinces, cities, agents skewed to a few. */
function syntheticNetwork(provinces: number, agentCount: number) {
  const offices: LayoutOffice[] = [{ id: "national", parentId: null }];
  for (let p = 0; p < provinces; p++) {
    offices.push({ id: `province-${p}`, parentId: "national" });
    offices.push({ id: `city-${p}`, parentId: `province-${p}` });
  }
  offices.push({ id: "district-0", parentId: "city-0" });
  const agents: LayoutAgent[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let a = 0; a < agentCount; a++) {
    // A third of the agents work for the first city, as Batam dominates the demo network.
    const office = a % 3 === 0 ? "city-0" : `city-${Math.floor(random() * provinces)}`;
    agents.push({ id: `agent-${a}`, officeId: office, participants: Math.floor(random() * 120) });
  }
  return { offices, agents };
}

function overlaps(a: LayoutNode, b: LayoutNode) {
  return Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 1e-6;
}

describe("layoutNetwork", () => {
  it("puts a single root in the middle and every office and agent somewhere, once", () => {
    const { offices, agents } = syntheticNetwork(38, 1028);
    const layout = layoutNetwork(offices, agents);
    expect(layout.nodes).toHaveLength(offices.length + agents.length);
    expect(layout.officeCount).toBe(offices.length);
    expect(layout.nodes[0]).toMatchObject({ kind: "office", id: "national", x: 0, y: 0 });
    expect(new Set(layout.nodes.map((node) => node.id)).size).toBe(layout.nodes.length);
    expect(layout.edges).toHaveLength(offices.length - 1);
    for (const node of layout.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
  });

  it("is deterministic", () => {
    const { offices, agents } = syntheticNetwork(10, 300);
    expect(layoutNetwork(offices, agents)).toEqual(layoutNetwork(offices, agents));
  });

  it("keeps office discs apart and agents of one office apart", () => {
    const { offices, agents } = syntheticNetwork(38, 1028);
    const layout = layoutNetwork(offices, agents);
    const officeNodes = layout.nodes.slice(0, layout.officeCount);
    for (let i = 0; i < officeNodes.length; i++) {
      for (let j = i + 1; j < officeNodes.length; j++) expect(overlaps(officeNodes[i], officeNodes[j])).toBe(false);
    }
    const batam = layout.nodes.filter((node) => node.kind === "agent" && agents[node.source].officeId === "city-0");
    let touching = 0;
    for (let i = 0; i < batam.length; i++) {
      for (let j = i + 1; j < batam.length; j++) if (overlaps(batam[i], batam[j])) touching++;
    }
    // The sunflower packs dots tightly; a handful may graze, none may pile up.
    expect(touching).toBeLessThan(batam.length * 0.02);
  });

  it("sizes agents by their participants", () => {
    const layout = layoutNetwork(
      [{ id: "o", parentId: null }],
      [
        { id: "few", officeId: "o", participants: 1 },
        { id: "many", officeId: "o", participants: 100 },
      ],
    );
    const radius = (id: string) => layout.nodes.find((node) => node.id === id)!.r;
    expect(radius("many")).toBeGreaterThan(radius("few"));
  });

  it("lays several roots (an office admin's subtree, a branch's offices) around the middle", () => {
    const layout = layoutNetwork(
      [
        { id: "a", parentId: "outside-scope" },
        { id: "b", parentId: null },
        { id: "a1", parentId: "a" },
      ],
      [{ id: "x", officeId: "a1", participants: 3 }],
    );
    expect(layout.nodes).toHaveLength(4);
    expect(layout.edges).toEqual([[0, 2]]);
    expect(Math.hypot(layout.nodes[0].x, layout.nodes[0].y)).toBeGreaterThan(0);
  });

  it("lays out 20,000 agents of 1,000 offices quickly enough for one frame budget or two", () => {
    const { offices, agents } = syntheticNetwork(500, 20_000);
    const started = performance.now();
    const layout = layoutNetwork(offices, agents);
    const layoutMs = performance.now() - started;
    const hitStarted = performance.now();
    const index = createHitIndex(layout.nodes);
    const indexMs = performance.now() - hitStarted;
    // Not a timing assertion: the numbers go to the report; the layout must be complete and hit-testable.
    console.info(
      `layout of ${offices.length} offices + ${agents.length} agents: ${layoutMs.toFixed(1)} ms, hit index ${indexMs.toFixed(1)} ms`,
    );
    expect(layout.nodes).toHaveLength(offices.length + agents.length);
    const someAgent = layout.nodes[layout.officeCount + 12_345];
    expect(layout.nodes[index.at(someAgent.x, someAgent.y)].id).toBe(someAgent.id);
  });
});

describe("createHitIndex", () => {
  it("finds the node under a point, the smaller of two overlapping, and nothing in empty space", () => {
    const nodes: LayoutNode[] = [
      { kind: "office", id: "big", source: 0, x: 0, y: 0, r: 20 },
      { kind: "agent", id: "small", source: 0, x: 5, y: 0, r: 3 },
    ];
    const index = createHitIndex(nodes, 8);
    expect(index.at(5, 1)).toBe(1);
    expect(index.at(-10, 0)).toBe(0);
    expect(index.at(100, 100)).toBe(-1);
    expect(index.at(23, 0, 4)).toBe(0);
  });
});
