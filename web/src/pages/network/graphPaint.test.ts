import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { layoutNetwork, type LayoutAgent, type LayoutOffice } from "./graphLayout";
import { paintNetwork, type Frame } from "./graphPaint";

/** Path2D does not exist in Node: a stand-in that counts the circles added to it. */
class CountingPath {
  static circles = 0;
  moveTo() {}
  arc() {
    CountingPath.circles++;
  }
}

/** A 2D context that records which drawing calls a frame makes, and how many. */
function recordingContext() {
  const calls = new Map<string, number>();
  const count = (name: string) => () => void calls.set(name, (calls.get(name) ?? 0) + 1);
  const context = new Proxy(
    {},
    {
      get: (_, name: string) => count(name),
      set: () => true,
    },
  ) as unknown as CanvasRenderingContext2D;
  return { context, calls };
}

function network(agentCount: number) {
  const offices: LayoutOffice[] = [{ id: "root", parentId: null }];
  for (let i = 0; i < 1000; i++) offices.push({ id: `o${i}`, parentId: i < 40 ? "root" : `o${i % 40}` });
  const agents: LayoutAgent[] = Array.from({ length: agentCount }, (_, i) => ({
    id: `a${i}`,
    officeId: `o${(i * 7) % 1000}`,
    participants: i % 90,
  }));
  const layout = layoutNetwork(offices, agents);
  const frame: Frame = {
    layout,
    style: {
      activeAgent: layout.nodes.map((_, i) => i % 5 !== 0),
      labels: layout.nodes.slice(0, layout.officeCount).map((node) => node.id),
    },
    selectedIndex: 0,
    hoveredIndex: -1,
  };
  return frame;
}

describe("paintNetwork", () => {
  const original = (globalThis as { Path2D?: unknown }).Path2D;
  beforeAll(() => {
    (globalThis as { Path2D?: unknown }).Path2D = CountingPath;
  });
  afterAll(() => {
    (globalThis as { Path2D?: unknown }).Path2D = original;
  });

  it("fills 20,000 agents with three fills, not one per dot, and measures the frame's script time", () => {
    const frame = network(20_000);
    const { bounds } = frame.layout;
    const scale = 800 / (bounds.maxX - bounds.minX);
    const view = { scale, x: -bounds.minX * scale, y: -bounds.minY * scale };
    const { context, calls } = recordingContext();
    CountingPath.circles = 0;
    const started = performance.now();
    const drawn = paintNetwork(context, { width: 800, height: 800, ratio: 1 }, view, frame);
    const ms = performance.now() - started;
    console.info(`one frame of 1,001 offices + 20,000 agents: ${ms.toFixed(1)} ms of script (raster not included)`);
    expect(drawn).toBe(21_001);
    expect(CountingPath.circles).toBe(21_001);
    expect(calls.get("fill")).toBe(3);
  });

  it("skips what is outside the view when zoomed in", () => {
    const frame = network(20_000);
    const { context } = recordingContext();
    CountingPath.circles = 0;
    const drawn = paintNetwork(context, { width: 800, height: 600, ratio: 2 }, { scale: 4, x: 400, y: 300 }, frame);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(21_001 / 10);
    expect(CountingPath.circles).toBe(drawn);
  });
});
