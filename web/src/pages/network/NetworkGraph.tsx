import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useClient } from "urql";
import { AgentStatusBadge } from "../../components/AgentStatusBadge";
import { ErrorState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { NetworkGraph_Agents } from "./NetworkGraph.graphql";
import { createHitIndex, layoutNetwork, type LayoutNode, type NetworkLayout } from "./graphLayout";
import { paintNetwork, type Frame, type NodeStyle, type View } from "./graphPaint";
import { PAGE_SIZE, useAllPages } from "./networkData";
import type { OfficeTree } from "./officeTree";

interface GraphAgent {
  id: string;
  agentNumber: string;
  name: string;
  status: string;
  officeId: string;
  participants: number;
}

/** "Kantor Perisai OK OCE Progresif Batam" → "Batam": the common words say nothing on a crowded picture. */
function shortName(name: string): string {
  return name.replace(/^Kantor Perisai (OK OCE Progresif )?/i, "");
}

const HEIGHT = 560;

/**
 * The network as a picture on a canvas: offices on rings by depth, their agents around them (size by
 * participants). Pan with the mouse or arrows, zoom with the wheel or +/−; a click selects, a double click opens.
 */
export function NetworkGraph({
  tree,
  selected,
  onSelect,
}: {
  tree: OfficeTree;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const t = useT();
  const client = useClient();
  const agentPages = useAllPages(async (after) => {
    const { data, error } = await client.query(NetworkGraph_Agents, { first: PAGE_SIZE, after }).toPromise();
    return { error, connection: data?.agents };
  });
  const offices = useMemo(() => [...tree.byId.values()], [tree]);
  const agents = useMemo<GraphAgent[]>(
    () =>
      (agentPages.data ?? []).map((agent) => ({
        id: agent.id,
        agentNumber: agent.agentNumber,
        name: agent.name,
        status: agent.status,
        officeId: agent.office.id,
        participants: agent.coverage?.participantsTotal ?? 0,
      })),
    [agentPages.data],
  );
  const { layout, layoutMs } = useMemo(() => {
    const started = performance.now();
    const result = layoutNetwork(offices, agents);
    return { layout: result, layoutMs: performance.now() - started };
  }, [offices, agents]);
  const hits = useMemo(() => createHitIndex(layout.nodes), [layout]);
  const style = useMemo<NodeStyle>(
    () => ({
      activeAgent: layout.nodes.map((node) => node.kind === "agent" && agents[node.source].status === "ACTIVE"),
      labels: layout.nodes.slice(0, layout.officeCount).map((node) => shortName(tree.byId.get(node.id)?.name ?? "")),
    }),
    [layout, agents, tree],
  );

  const [hovered, setHovered] = useState<{ index: number; left: number; top: number } | null>(null);
  const selectedIndex = useMemo(() => layout.nodes.findIndex((node) => node.id === selected), [layout, selected]);
  const describe = (node: LayoutNode) => describeNode(node, tree, agents);

  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { view, draw, zoom, pan, fit } = useCanvasView(canvasRef, layout, style, selectedIndex, hovered?.index ?? -1);
  const navigate = useNavigate();

  const pointer = useRef<{ x: number; y: number; moved: boolean; id: number } | null>(null);
  const nodeAt = (clientX: number, clientY: number) => {
    const canvas = canvasRef.current!;
    const box = canvas.getBoundingClientRect();
    const { scale, x, y } = view.current;
    const index = hits.at((clientX - box.left - x) / scale, (clientY - box.top - y) / scale, 3 / scale);
    return { index, left: clientX - box.left, top: clientY - box.top };
  };
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    pointer.current = { x: event.clientX, y: event.clientY, moved: false, id: event.pointerId };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const drag = pointer.current;
    if (drag) {
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (drag.moved || Math.hypot(dx, dy) > 4) {
        drag.moved = true;
        drag.x = event.clientX;
        drag.y = event.clientY;
        pan(dx, dy);
        return;
      }
    }
    const found = nodeAt(event.clientX, event.clientY);
    setHovered(found.index >= 0 ? found : null);
  };
  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    const drag = pointer.current;
    pointer.current = null;
    if (!drag || drag.moved) return;
    const { index } = nodeAt(event.clientX, event.clientY);
    onSelect(index >= 0 ? layout.nodes[index].id : null);
  };
  const pageOf = (node: LayoutNode) => `${node.kind === "office" ? "/kantor" : "/agen"}/${encodeURIComponent(node.id)}`;

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const step = 60;
    const actions: Record<string, () => void> = {
      "+": () => zoom(1.25),
      "=": () => zoom(1.25),
      "-": () => zoom(0.8),
      ArrowLeft: () => pan(step, 0),
      ArrowRight: () => pan(-step, 0),
      ArrowUp: () => pan(0, step),
      ArrowDown: () => pan(0, -step),
      "0": fit,
      Enter: () => {
        if (selectedIndex >= 0) navigate(pageOf(layout.nodes[selectedIndex]));
      },
    };
    const action = actions[event.key];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      action();
    }
  };

  const hoveredInfo = hovered ? describe(layout.nodes[hovered.index]) : null;
  const selectedNode = selectedIndex >= 0 ? layout.nodes[selectedIndex] : null;
  const agentsLoading = !agentPages.data && !agentPages.error;

  useEffect(draw);

  return (
    <section className="network-graph" aria-labelledby="network-graph-title">
      <h2 id="network-graph-title" className="visually-hidden">
        {t("network.viewGraph")}
      </h2>
      <p id="network-graph-help" className="tree-help">
        {t("network.graphHelp")}
      </p>
      <div className="graph-controls" role="group" aria-label={t("network.graphControls")}>
        <button type="button" onClick={() => zoom(1.25)}>
          {t("network.zoomIn")}
        </button>
        <button type="button" onClick={() => zoom(0.8)}>
          {t("network.zoomOut")}
        </button>
        <button type="button" onClick={fit}>
          {t("network.zoomFit")}
        </button>
        <span className="graph-legend" aria-hidden="true">
          <span className="legend-office">{t("network.legendOffice")}</span>
          <span className="legend-active">{t("network.legendAgentActive")}</span>
          <span className="legend-other">{t("network.legendAgentOther")}</span>
        </span>
      </div>
      <p className="result-count" role="status" aria-live="polite">
        {agentsLoading
          ? t.format("network.graphLoadingAgents", {
              loaded: t.number(agentPages.loaded),
              total: agentPages.total === null ? "…" : t.number(agentPages.total),
            })
          : t.format("network.graphDrawn", {
              offices: t.number(layout.officeCount),
              agents: t.number(layout.nodes.length - layout.officeCount),
            })}
      </p>
      {agentPages.error && <ErrorState error={agentPages.error} onRetry={agentPages.retry} />}
      <div className="graph-stage">
        <canvas
          ref={canvasRef}
          tabIndex={0}
          role="img"
          aria-label={t("network.graphLabel")}
          aria-describedby="network-graph-help"
          data-nodes={layout.nodes.length}
          data-agents-loaded={agentsLoading ? "false" : "true"}
          data-layout-ms={layoutMs.toFixed(1)}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerLeave={() => setHovered(null)}
          onDoubleClick={(event) => {
            const { index } = nodeAt(event.clientX, event.clientY);
            if (index >= 0) navigate(pageOf(layout.nodes[index]));
          }}
          onKeyDown={onKeyDown}
        />
        {hoveredInfo && hovered && (
          <div className="graph-tooltip" style={{ left: hovered.left + 12, top: hovered.top + 12 }} aria-hidden="true">
            <strong>{hoveredInfo.title}</strong>
            {hoveredInfo.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </div>
        )}
      </div>
      <div className="graph-selection" aria-live="polite">
        {selectedNode && <SelectedNode info={describe(selectedNode)} href={pageOf(selectedNode)} />}
      </div>
    </section>
  );

  function describeNode(node: LayoutNode, officeTree: OfficeTree, agentList: GraphAgent[]) {
    if (node.kind === "office") {
      const office = officeTree.byId.get(node.id)!;
      return {
        title: office.name,
        status: null,
        lines: [
          t.format("network.subOffices", { count: t.number(office.children.length) }),
          t.format("network.agentsActiveOfTotal", {
            active: t.number(office.agentsActive),
            total: t.number(office.agentsTotal),
          }),
          t.format("network.participantsActive", { count: t.number(office.participantsActive) }),
        ],
      };
    }
    const agent = agentList[node.source];
    return {
      title: `${agent.agentNumber} ${agent.name}`,
      status: agent.status,
      lines: [
        t.format("network.participantsTotal", { count: t.number(agent.participants) }),
        officeTree.byId.get(agent.officeId)?.name ?? "",
      ],
    };
  }
}

function SelectedNode({
  info,
  href,
}: {
  info: { title: string; status: string | null; lines: string[] };
  href: string;
}) {
  const t = useT();
  return (
    <>
      <h3>{info.title}</h3>
      <p className="tree-figures">
        {info.status && <AgentStatusBadge status={info.status} />}
        {info.lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </p>
      <p>
        <Link to={href}>{t("network.openPage")}</Link>
      </p>
    </>
  );
}

/**
 * The canvas, its size (device pixels) and the view transform, kept in a ref so panning and zooming redraw
 * without a React render. Each frame's drawing time goes to data attributes (frame time, nodes drawn).
 */
function useCanvasView(
  canvasRef: React.RefObject<HTMLCanvasElement | null>,
  layout: NetworkLayout,
  style: NodeStyle,
  selectedIndex: number,
  hoveredIndex: number,
) {
  const view = useRef<View>({ scale: 1, x: 0, y: 0 });
  const fitted = useRef<NetworkLayout | null>(null);
  const frame = useRef(0);
  const stats = useRef({ frames: 0, maxMs: 0 });
  const state = useRef<Frame>({ layout, style, selectedIndex, hoveredIndex });
  state.current = { layout, style, selectedIndex, hoveredIndex };

  const paint = useCallback(() => {
    frame.current = 0;
    const canvas = canvasRef.current;
    const context = canvas?.getContext("2d");
    if (!canvas || !context) return;
    const started = performance.now();
    const surface = {
      width: canvas.clientWidth,
      height: HEIGHT,
      ratio: canvas.width / Math.max(1, canvas.clientWidth),
    };
    const drawn = paintNetwork(context, surface, view.current, state.current);
    const ms = performance.now() - started;
    stats.current.frames++;
    stats.current.maxMs = Math.max(stats.current.maxMs, ms);
    canvas.dataset.frameMs = ms.toFixed(2);
    canvas.dataset.frameMaxMs = stats.current.maxMs.toFixed(2);
    canvas.dataset.frames = String(stats.current.frames);
    canvas.dataset.drawnNodes = String(drawn);
    // Where the first office sits on screen (CSS pixels), so a test can click a node it knows.
    const first = state.current.layout.nodes[0];
    if (first) {
      const { scale, x, y } = view.current;
      canvas.dataset.firstNode = JSON.stringify({ id: first.id, x: x + first.x * scale, y: y + first.y * scale });
    }
  }, [canvasRef]);
  const draw = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(paint);
  }, [paint]);

  const fit = useCallback(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // The root sits at the origin: keep it in the middle and everything else in sight.
    const { minX, minY, maxX, maxY } = state.current.layout.bounds;
    const width = canvas.clientWidth;
    const halfWidth = Math.max(1, -minX, maxX);
    const halfHeight = Math.max(1, -minY, maxY);
    const scale = Math.min(width / 2 / halfWidth, HEIGHT / 2 / halfHeight) * 0.95;
    view.current = { scale, x: width / 2, y: HEIGHT / 2 };
    draw();
  }, [canvasRef, draw]);

  const zoom = useCallback(
    (factor: number, atX?: number, atY?: number) => {
      const canvas = canvasRef.current;
      if (!canvas) return;
      const cx = atX ?? canvas.clientWidth / 2;
      const cy = atY ?? HEIGHT / 2;
      const { scale, x, y } = view.current;
      const next = Math.min(40, Math.max(0.02, scale * factor));
      view.current = { scale: next, x: cx - ((cx - x) / scale) * next, y: cy - ((cy - y) / scale) * next };
      draw();
    },
    [canvasRef, draw],
  );
  const pan = useCallback(
    (dx: number, dy: number) => {
      view.current = { ...view.current, x: view.current.x + dx, y: view.current.y + dy };
      draw();
    },
    [draw],
  );

  // Size the canvas to its box in device pixels, and fit a new layout once.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const resize = () => {
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(canvas.clientWidth * ratio);
      canvas.height = Math.round(HEIGHT * ratio);
      if (fitted.current !== state.current.layout) {
        fitted.current = state.current.layout;
        fit();
      } else draw();
    };
    resize();
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [canvasRef, fit, draw, layout]);

  // The wheel zooms at the pointer; a passive listener could not keep the page from scrolling.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = canvas.getBoundingClientRect();
      zoom(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
    };
    canvas.addEventListener("wheel", onWheel, { passive: false });
    return () => canvas.removeEventListener("wheel", onWheel);
  }, [canvasRef, zoom]);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return { view, draw, zoom, pan, fit };
}
