import type { LayoutNode, NetworkLayout } from "./graphLayout";

/** Drawing one frame of the network graph: no React, no DOM beyond the 2D context, so it can be measured alone. */

export interface NodeStyle {
  activeAgent: boolean[];
  labels: string[];
}

export interface Frame {
  layout: NetworkLayout;
  style: NodeStyle;
  selectedIndex: number;
  hoveredIndex: number;
}

export interface View {
  scale: number;
  x: number;
  y: number;
}

export const COLORS = {
  background: "#ffffff",
  edge: "#b8c2cf",
  office: "#0b5cad",
  agentActive: "#2e8b57",
  agentOther: "#c98a1b",
  highlight: "#f5a623",
};

/** The canvas in CSS pixels and its device pixel ratio. */
export interface Surface {
  width: number;
  height: number;
  ratio: number;
}

/** Draws one frame; returns how many nodes were inside the view (the others are skipped). */
export function paintNetwork(
  context: CanvasRenderingContext2D,
  { width, height, ratio }: Surface,
  view: View,
  { layout, style, selectedIndex, hoveredIndex }: Frame,
): number {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = COLORS.background;
  context.fillRect(0, 0, width * ratio, height * ratio);
  const { scale, x, y } = view;
  context.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * x, ratio * y);
  const left = -x / scale;
  const top = -y / scale;
  const right = (width - x) / scale;
  const bottom = (height - y) / scale;
  const inView = (node: LayoutNode) =>
    node.x + node.r >= left && node.x - node.r <= right && node.y + node.r >= top && node.y - node.r <= bottom;

  context.beginPath();
  for (const [from, to] of layout.edges) {
    context.moveTo(layout.nodes[from].x, layout.nodes[from].y);
    context.lineTo(layout.nodes[to].x, layout.nodes[to].y);
  }
  context.strokeStyle = COLORS.edge;
  context.lineWidth = 1 / scale;
  context.stroke();

  // One path per colour: thousands of dots cost a few fills, not thousands.
  const active = new Path2D();
  const other = new Path2D();
  const offices = new Path2D();
  let drawn = 0;
  layout.nodes.forEach((node, index) => {
    if (!inView(node)) return;
    drawn++;
    const path = node.kind === "office" ? offices : style.activeAgent[index] ? active : other;
    path.moveTo(node.x + node.r, node.y);
    path.arc(node.x, node.y, node.r, 0, Math.PI * 2);
  });
  context.fillStyle = COLORS.agentActive;
  context.fill(active);
  context.fillStyle = COLORS.agentOther;
  context.fill(other);
  context.fillStyle = COLORS.office;
  context.fill(offices);

  for (const index of [hoveredIndex, selectedIndex]) {
    const node = layout.nodes[index];
    if (!node) continue;
    context.beginPath();
    context.arc(node.x, node.y, node.r + 3 / scale, 0, Math.PI * 2);
    context.strokeStyle = COLORS.highlight;
    context.lineWidth = 3 / scale;
    context.stroke();
  }

  // Office names once they are big enough on screen to carry one.
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = "#1b1f24";
  context.font = "12px system-ui, sans-serif";
  let labels = 0;
  for (let i = 0; i < layout.officeCount && labels < 150; i++) {
    const node = layout.nodes[i];
    const label = style.labels[i];
    if (!label || node.r * scale < 7 || !inView(node)) continue;
    labels++;
    context.fillText(label, node.x * scale + x + node.r * scale + 4, node.y * scale + y + 4);
  }
  return drawn;
}
