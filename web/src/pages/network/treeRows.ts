import type { OfficeAgents } from "./networkData";
import type { OfficeTree, SearchScope, TreeOffice } from "./officeTree";

/** An agent as the tree shows it: from an office's loaded pages or from the search results. */
export interface TreeAgent {
  id: string;
  agentNumber: string;
  name: string;
  status: string;
  participantsActive: number | null;
}

interface RowBase {
  key: string;
  level: number;
  posinset: number;
  setsize: number;
  parentKey: string | null;
}

export type TreeRow =
  | (RowBase & { kind: "office"; office: TreeOffice; expandable: boolean; expanded: boolean })
  | (RowBase & { kind: "agent"; agent: TreeAgent; officeId: string })
  | (RowBase & { kind: "more"; officeId: string; loaded: number; total: number; loading: boolean; failed: boolean })
  | (RowBase & { kind: "loading"; officeId: string });

export interface RowInput {
  tree: OfficeTree;
  expanded: ReadonlySet<string>;
  agentsByOffice: ReadonlyMap<string, OfficeAgents>;
  /** Set while a search is applied: only the matching offices and agents, and the way to them, show. */
  search: { scope: SearchScope; agentsByOffice: ReadonlyMap<string, TreeAgent[]> } | null;
}

type Child = { kind: "office"; office: TreeOffice; full: boolean } | { kind: "agent"; agent: TreeAgent };

/**
 * The rows a tree shows, top to bottom: an expanded office's sub-offices, then its agents (with a "more" row
 * while pages remain). Iterative, so a deep tree cannot overflow the stack.
 */
export function visibleRows({ tree, expanded, agentsByOffice, search }: RowInput): TreeRow[] {
  const rows: TreeRow[] = [];
  const childrenOf = (office: TreeOffice, full: boolean): Child[] => {
    const offices = full
      ? office.children
      : office.children.filter((child) => search!.scope.matched.has(child.id) || search!.scope.onPath.has(child.id));
    const children: Child[] = offices.map((child) => ({
      kind: "office",
      office: child,
      full: full || search!.scope.matched.has(child.id),
    }));
    const agents = full ? (agentsByOffice.get(office.id)?.agents ?? []) : (search!.agentsByOffice.get(office.id) ?? []);
    for (const agent of agents) {
      children.push({
        kind: "agent",
        agent:
          "coverage" in agent
            ? {
                id: agent.id,
                agentNumber: agent.agentNumber,
                name: agent.name,
                status: agent.status,
                participantsActive: agent.coverage?.participantsActive ?? null,
              }
            : agent,
      });
    }
    return children;
  };

  type Frame = { children: Child[]; index: number; level: number; parentKey: string | null; extra: TreeRow[] };
  const rootChildren: Child[] = (
    search
      ? tree.roots.filter((root) => search.scope.matched.has(root.id) || search.scope.onPath.has(root.id))
      : tree.roots
  ).map((root) => ({ kind: "office", office: root, full: !search || search.scope.matched.has(root.id) }));
  const stack: Frame[] = [{ children: rootChildren, index: 0, level: 1, parentKey: null, extra: [] }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const setsize = frame.children.length + frame.extra.length;
    if (frame.index >= frame.children.length) {
      frame.extra.forEach((row, i) => rows.push({ ...row, posinset: frame.children.length + i + 1, setsize }));
      stack.pop();
      continue;
    }
    const child = frame.children[frame.index++];
    const base = { level: frame.level, posinset: frame.index, setsize, parentKey: frame.parentKey };
    if (child.kind === "agent") {
      rows.push({ ...base, key: child.agent.id, kind: "agent", agent: child.agent, officeId: frame.parentKey ?? "" });
      continue;
    }
    const { office, full } = child;
    const children = childrenOf(office, full);
    const expandable = full ? office.children.length > 0 || office.agentsTotal > 0 : children.length > 0;
    const isExpanded = expandable && expanded.has(office.id);
    rows.push({ ...base, key: office.id, kind: "office", office, expandable, expanded: isExpanded });
    if (!isExpanded) continue;
    const extra: TreeRow[] = [];
    const page = agentsByOffice.get(office.id);
    const childBase = { level: frame.level + 1, posinset: 0, setsize: 0, parentKey: office.id };
    if (full && office.agentsTotal > 0) {
      if (!page || (page.loading && page.agents.length === 0)) {
        extra.push({ ...childBase, key: `loading:${office.id}`, kind: "loading", officeId: office.id });
      } else if (page.hasNextPage || page.error) {
        extra.push({
          ...childBase,
          key: `more:${office.id}`,
          kind: "more",
          officeId: office.id,
          loaded: page.agents.length,
          total: page.totalCount,
          loading: page.loading,
          failed: page.error !== null,
        });
      }
    }
    stack.push({ children, index: 0, level: frame.level + 1, parentKey: office.id, extra });
  }
  return rows;
}
