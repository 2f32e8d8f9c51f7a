/** The Kantor Perisai tree built from the flat list of the offices the viewer may see, with counts per subtree. */

export interface OfficeRecord {
  id: string;
  name: string;
  /** null, or an office outside the viewer's scope: the office is a root of the tree the viewer sees. */
  parentId: string | null;
  status: string;
  regionName: string | null;
  agentsTotal: number;
  agentsActive: number;
  participantsActive: number;
  participantsTotal: number;
}

export interface Figures {
  offices: number;
  agentsTotal: number;
  agentsActive: number;
  participantsActive: number;
  participantsTotal: number;
}

export interface TreeOffice extends OfficeRecord {
  children: TreeOffice[];
  depth: number;
  /** The office with every office below it. */
  subtree: Figures;
}

export interface OfficeTree {
  roots: TreeOffice[];
  byId: Map<string, TreeOffice>;
}

const byName = (a: TreeOffice, b: TreeOffice) => a.name.localeCompare(b.name, "id");

export function buildOfficeTree(records: readonly OfficeRecord[]): OfficeTree {
  const byId = new Map<string, TreeOffice>();
  for (const record of records) {
    byId.set(record.id, {
      ...record,
      children: [],
      depth: 0,
      subtree: {
        offices: 1,
        agentsTotal: record.agentsTotal,
        agentsActive: record.agentsActive,
        participantsActive: record.participantsActive,
        participantsTotal: record.participantsTotal,
      },
    });
  }
  const roots: TreeOffice[] = [];
  for (const office of byId.values()) {
    const parent = office.parentId === null ? undefined : byId.get(office.parentId);
    if (parent && parent !== office) parent.children.push(office);
    else roots.push(office);
  }
  roots.sort(byName);
  // Top-down for depths, then bottom-up for the subtree sums; iterative, whatever the depth.
  const order: TreeOffice[] = [];
  const stack = [...roots];
  const visited = new Set<TreeOffice>();
  while (stack.length) {
    const office = stack.pop()!;
    if (visited.has(office)) continue;
    visited.add(office);
    order.push(office);
    office.children.sort(byName);
    for (const child of office.children) {
      child.depth = office.depth + 1;
      stack.push(child);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const office = order[i];
    for (const child of office.children) {
      office.subtree.offices += child.subtree.offices;
      office.subtree.agentsTotal += child.subtree.agentsTotal;
      office.subtree.agentsActive += child.subtree.agentsActive;
      office.subtree.participantsActive += child.subtree.participantsActive;
      office.subtree.participantsTotal += child.subtree.participantsTotal;
    }
  }
  return { roots, byId };
}

/** The ids of the offices above an office in the tree, the top first (the office itself excluded). */
export function ancestorsOf(tree: OfficeTree, id: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>([id]);
  let current = tree.byId.get(id);
  while (current?.parentId && tree.byId.has(current.parentId) && !seen.has(current.parentId)) {
    seen.add(current.parentId);
    path.unshift(current.parentId);
    current = tree.byId.get(current.parentId);
  }
  return path;
}

/** Lower-cased words of a search; an office matches when its name holds every word. */
export function searchWords(query: string): string[] {
  return query.toLocaleLowerCase("id").split(/\s+/).filter(Boolean);
}

export function nameMatches(name: string, words: readonly string[]): boolean {
  const lower = name.toLocaleLowerCase("id");
  return words.length > 0 && words.every((word) => lower.includes(word));
}

export interface SearchScope {
  /** Offices whose name matches: shown with everything below them. */
  matched: Set<string>;
  /** Offices on the way to a match (or holding a matching agent): shown with only the matching branches. */
  onPath: Set<string>;
}

/** Which offices a search shows: the matching ones, the offices of the matching agents, and their ancestors. */
export function searchScope(tree: OfficeTree, words: readonly string[], agentOfficeIds: readonly string[]) {
  const matched = new Set<string>();
  const onPath = new Set<string>();
  for (const office of tree.byId.values()) {
    if (nameMatches(office.name, words)) matched.add(office.id);
  }
  for (const id of [...matched, ...agentOfficeIds]) {
    if (!tree.byId.has(id)) continue;
    if (!matched.has(id)) onPath.add(id);
    for (const ancestor of ancestorsOf(tree, id)) onPath.add(ancestor);
  }
  return { matched, onPath } satisfies SearchScope;
}

/** The `?buka=` list: ids joined by commas, duplicates and blanks dropped. */
export function parseIdList(value: string | null): string[] {
  return [...new Set((value ?? "").split(",").filter(Boolean))];
}
