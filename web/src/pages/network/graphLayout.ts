/**
 * The layout of the network graph: offices on rings by their depth in the tree (a radial tree), each office's
 * agents as dots in a sunflower spiral around it, a dot's size by the agent's participants. Computed once per
 * data set, deterministic (same input, same picture), and O(n log n) so 20,000 agents lay out in a blink.
 */

export interface LayoutOffice {
  id: string;
  /** null, or an id not among the offices, makes it a root. */
  parentId: string | null;
}

export interface LayoutAgent {
  id: string;
  officeId: string;
  participants: number;
}

export interface LayoutNode {
  kind: "office" | "agent";
  id: string;
  /** Index into the input array of its kind. */
  source: number;
  x: number;
  y: number;
  r: number;
}

export interface NetworkLayout {
  /** The offices first (in input order), then the agents (in input order). */
  nodes: LayoutNode[];
  officeCount: number;
  /** Parent → child office, as indices into `nodes`. */
  edges: [number, number][];
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

const GAP = 12;
const OFFICE_MIN_RADIUS = 6;
const AGENT_MIN_RADIUS = 1.5;
const AGENT_MAX_RADIUS = 7;
/** The golden angle: sunflower seeds never line up, so dots fill the disc evenly. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function agentRadius(participants: number): number {
  return Math.min(AGENT_MAX_RADIUS, AGENT_MIN_RADIUS + Math.sqrt(Math.max(0, participants)) * 0.5);
}

export function officeRadius(agentCount: number): number {
  return OFFICE_MIN_RADIUS + Math.sqrt(agentCount) * 0.6;
}

interface Cluster {
  office: number;
  children: number[];
  agents: number[];
  depth: number;
  /** Radius of the office disc with its agents around it. */
  extent: number;
  weight: number;
  angle: number;
  /** Spiral spacing and the first seed index outside the office disc. */
  spacing: number;
  firstSeed: number;
}

export function layoutNetwork(offices: readonly LayoutOffice[], agents: readonly LayoutAgent[]): NetworkLayout {
  const indexOf = new Map(offices.map((office, index) => [office.id, index]));
  const clusters: Cluster[] = offices.map((_, office) => ({
    office,
    children: [],
    agents: [],
    depth: 0,
    extent: 0,
    weight: 0,
    angle: 0,
    spacing: 0,
    firstSeed: 0,
  }));
  const roots: number[] = [];
  offices.forEach((office, index) => {
    const parent = office.parentId === null ? undefined : indexOf.get(office.parentId);
    if (parent === undefined || parent === index) roots.push(index);
    else clusters[parent].children.push(index);
  });
  agents.forEach((agent, index) => {
    const office = indexOf.get(agent.officeId);
    if (office !== undefined) clusters[office].agents.push(index);
  });

  // Depths top-down (iteratively: a deep chain must not overflow the stack), then extents and weights bottom-up.
  const order: number[] = [];
  const stack = [...roots].reverse();
  const seen = new Uint8Array(offices.length);
  while (stack.length) {
    const index = stack.pop()!;
    if (seen[index]) continue;
    seen[index] = 1;
    order.push(index);
    for (let i = clusters[index].children.length - 1; i >= 0; i--) {
      const child = clusters[index].children[i];
      clusters[child].depth = clusters[index].depth + 1;
      stack.push(child);
    }
  }
  for (const cluster of clusters) {
    // The biggest agents sit nearest their office; ties by input order keep the picture stable.
    cluster.agents.sort((a, b) => agents[b].participants - agents[a].participants || a - b);
    const largest = cluster.agents.length ? agentRadius(agents[cluster.agents[0]].participants) : 0;
    const own = officeRadius(cluster.agents.length);
    cluster.spacing = Math.max(2 * largest + 1, 4);
    cluster.firstSeed = Math.ceil(((own + largest + 2) / cluster.spacing) ** 2);
    cluster.extent = cluster.agents.length
      ? cluster.spacing * Math.sqrt(cluster.firstSeed + cluster.agents.length) + largest
      : own;
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const cluster = clusters[order[i]];
    const childWeight = cluster.children.reduce((sum, child) => sum + clusters[child].weight, 0);
    cluster.weight = Math.max(2 * cluster.extent + GAP, childWeight);
  }

  // Angles: each office owns a wedge proportional to its weight; children share their parent's wedge.
  const wedge = new Float64Array(offices.length);
  const assign = (members: number[], start: number, span: number, weight: number) => {
    const used = members.reduce((sum, member) => sum + clusters[member].weight, 0);
    let cursor = start + (span * (1 - used / weight)) / 2;
    for (const member of members) {
      const share = (span * clusters[member].weight) / weight;
      clusters[member].angle = cursor + share / 2;
      wedge[member] = share;
      cursor += share;
    }
  };
  const singleRoot = roots.length === 1;
  const rootWeight = roots.reduce((sum, root) => sum + clusters[root].weight, 0);
  if (singleRoot) wedge[roots[0]] = 2 * Math.PI;
  else assign(roots, -Math.PI / 2, 2 * Math.PI, rootWeight);
  for (const index of order) {
    const cluster = clusters[index];
    if (cluster.children.length) {
      const start = singleRoot && index === roots[0] ? -Math.PI / 2 : cluster.angle - wedge[index] / 2;
      assign(cluster.children, start, wedge[index], cluster.weight);
    }
  }

  // Ring radii: far enough from the ring inside, and each disc inside its own wedge (so none overlap).
  const depthOffset = singleRoot ? 0 : 1;
  const maxDepth = order.reduce((max, index) => Math.max(max, clusters[index].depth), 0) + depthOffset;
  const ringExtent = new Float64Array(maxDepth + 1);
  const ringNeed = new Float64Array(maxDepth + 1);
  for (const index of order) {
    const cluster = clusters[index];
    const ring = cluster.depth + depthOffset;
    ringExtent[ring] = Math.max(ringExtent[ring], cluster.extent);
    const half = Math.min(wedge[index] / 2, Math.PI / 2);
    if (ring > 0) ringNeed[ring] = Math.max(ringNeed[ring], (cluster.extent + GAP / 2) / Math.sin(half));
  }
  const radius = new Float64Array(maxDepth + 1);
  for (let ring = 1; ring <= maxDepth; ring++) {
    radius[ring] = Math.max(radius[ring - 1] + ringExtent[ring - 1] + ringExtent[ring] + GAP, ringNeed[ring]);
  }

  const nodes: LayoutNode[] = new Array(offices.length + agents.length);
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const place = (node: LayoutNode) => {
    nodes[node.kind === "office" ? node.source : offices.length + node.source] = node;
    bounds.minX = Math.min(bounds.minX, node.x - node.r);
    bounds.minY = Math.min(bounds.minY, node.y - node.r);
    bounds.maxX = Math.max(bounds.maxX, node.x + node.r);
    bounds.maxY = Math.max(bounds.maxY, node.y + node.r);
  };
  for (const index of order) {
    const cluster = clusters[index];
    const ringRadius = radius[cluster.depth + depthOffset];
    const x = ringRadius * Math.cos(cluster.angle);
    const y = ringRadius * Math.sin(cluster.angle);
    place({ kind: "office", id: offices[index].id, source: index, x, y, r: officeRadius(cluster.agents.length) });
    cluster.agents.forEach((agent, seed) => {
      const distance = cluster.spacing * Math.sqrt(cluster.firstSeed + seed);
      const turn = (cluster.firstSeed + seed) * GOLDEN_ANGLE;
      place({
        kind: "agent",
        id: agents[agent].id,
        source: agent,
        x: x + distance * Math.cos(turn),
        y: y + distance * Math.sin(turn),
        r: agentRadius(agents[agent].participants),
      });
    });
  }
  // Agents of an office that is not among the offices have no place; they are left out.
  const placed = nodes.filter((node): node is LayoutNode => node !== undefined);
  const position = new Map<LayoutNode, number>(placed.map((node, i) => [node, i]));
  const edges: [number, number][] = [];
  offices.forEach((_, index) => {
    for (const child of clusters[index].children) {
      const from = position.get(nodes[index]);
      const to = position.get(nodes[child]);
      if (from !== undefined && to !== undefined) edges.push([from, to]);
    }
  });
  if (!placed.length) Object.assign(bounds, { minX: 0, minY: 0, maxX: 0, maxY: 0 });
  const officeCount = placed.findIndex((node) => node.kind === "agent");
  return { nodes: placed, officeCount: officeCount < 0 ? placed.length : officeCount, edges, bounds };
}

export interface HitIndex {
  /** The node under the point (world coordinates), the smallest when they overlap; -1 when none. */
  at(x: number, y: number, tolerance?: number): number;
}

/** A uniform grid over the nodes, built once: hover and click find a node in constant time. */
export function createHitIndex(nodes: readonly LayoutNode[], cellSize = 32): HitIndex {
  const cells = new Map<string, number[]>();
  const key = (cx: number, cy: number) => `${cx}:${cy}`;
  nodes.forEach((node, index) => {
    const x0 = Math.floor((node.x - node.r) / cellSize);
    const x1 = Math.floor((node.x + node.r) / cellSize);
    const y0 = Math.floor((node.y - node.r) / cellSize);
    const y1 = Math.floor((node.y + node.r) / cellSize);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const cell = cells.get(key(cx, cy));
        if (cell) cell.push(index);
        else cells.set(key(cx, cy), [index]);
      }
    }
  });
  return {
    at(x, y, tolerance = 0) {
      let best = -1;
      const reach = Math.ceil(tolerance / cellSize);
      const cx = Math.floor(x / cellSize);
      const cy = Math.floor(y / cellSize);
      for (let dx = -reach; dx <= reach; dx++) {
        for (let dy = -reach; dy <= reach; dy++) {
          for (const index of cells.get(key(cx + dx, cy + dy)) ?? []) {
            const node = nodes[index];
            const within = Math.hypot(node.x - x, node.y - y) <= node.r + tolerance;
            if (within && (best < 0 || node.r < nodes[best].r)) best = index;
          }
        }
      }
      return best;
    },
  };
}
