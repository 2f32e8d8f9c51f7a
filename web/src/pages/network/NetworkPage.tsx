import { lazy, Suspense, useEffect, useMemo, useRef, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import "./network.css";
import { NetworkPage_AgentSearch } from "./NetworkPage.graphql";
import { OfficeTreeView } from "./OfficeTreeView";
import { SelectionDetails } from "./SelectionDetails";
import { useAllOffices } from "./networkData";
import { buildOfficeTree, parseIdList, searchScope, searchWords, type OfficeTree } from "./officeTree";
import type { TreeAgent } from "./treeRows";

const NetworkGraph = lazy(() => import("./NetworkGraph").then((module) => ({ default: module.NetworkGraph })));

const AGENT_MATCHES = 20;

/**
 * /jaringan: the Kantor Perisai tree the viewer may see, with agents under each office, as a keyboard tree
 * (?buka=<ids>&pilih=<id>&cari=<text>) or as a graph (?tampilan=graf). The tree is the graph's text alternative.
 */
export function NetworkPage() {
  const t = useT();
  const may = useAbilities();
  if (!may("viewNetwork")) {
    return (
      <>
        <h1>{t("network.title")}</h1>
        <EmptyState message={t("network.notForRole")} />
      </>
    );
  }
  return <Network />;
}

function Network() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const view = params.get("tampilan") === "graf" ? "graph" : "tree";
  const search = params.get("cari")?.trim() ?? "";
  const selected = params.get("pilih");
  const expandedParam = params.get("buka");
  const expanded = useMemo(() => parseIdList(expandedParam), [expandedParam]);

  const offices = useAllOffices();
  const tree = useMemo(() => (offices.data ? buildOfficeTree(offices.data) : null), [offices.data]);
  const [agentSearch] = useQuery({
    query: NetworkPage_AgentSearch,
    variables: { search, first: AGENT_MATCHES },
    pause: !search,
  });

  const update = (changes: Record<string, string | null>, replace = true) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace },
    );
  };
  const setExpanded = (ids: readonly string[]) => update({ buka: ids.join(",") || null });
  const select = (id: string | null) => update({ pilih: id });

  const found = useMemo(() => {
    if (!tree || !search) return null;
    const agents = (agentSearch.data?.agents.nodes ?? []).filter((agent) => tree.byId.has(agent.office.id));
    const agentsByOffice = new Map<string, TreeAgent[]>();
    for (const agent of agents) {
      const list = agentsByOffice.get(agent.office.id) ?? [];
      list.push({
        id: agent.id,
        agentNumber: agent.agentNumber,
        name: agent.name,
        status: agent.status,
        participantsActive: agent.coverage?.participantsActive ?? null,
      });
      agentsByOffice.set(agent.office.id, list);
    }
    const scope = searchScope(tree, searchWords(search), [...agentsByOffice.keys()]);
    return { scope, agentsByOffice, agentCount: agents.length, agentTotal: agentSearch.data?.agents.totalCount ?? 0 };
  }, [tree, search, agentSearch.data]);

  useRevealMatches(tree, search, found, expanded, selected, update);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("cari") ?? "").trim();
    update({ cari: text || null, pilih: null }, false);
  };

  return (
    <>
      <h1>{t("network.title")}</h1>
      <p className="network-intro">{t("network.intro")}</p>
      <div className="network-toolbar">
        <form className="filters" role="search" onSubmit={onSearch} key={search}>
          <label>
            <span>{t("network.search")}</span>
            <input
              type="search"
              name="cari"
              defaultValue={search}
              placeholder={t("network.searchPlaceholder")}
              autoComplete="off"
            />
          </label>
          <button type="submit">{t("network.searchSubmit")}</button>
          {search && (
            <button type="button" onClick={() => update({ cari: null }, false)}>
              {t("network.searchClear")}
            </button>
          )}
        </form>
        <div className="view-switch" role="group" aria-label={t("network.view")}>
          <button type="button" aria-pressed={view === "tree"} onClick={() => update({ tampilan: null }, false)}>
            {t("network.viewTree")}
          </button>
          <button type="button" aria-pressed={view === "graph"} onClick={() => update({ tampilan: "graf" }, false)}>
            {t("network.viewGraph")}
          </button>
        </div>
      </div>
      {offices.error ? (
        <ErrorState error={offices.error} onRetry={offices.retry} />
      ) : !tree ? (
        <p className="state" role="status" aria-live="polite">
          {offices.total
            ? t.format("network.loadingOffices", { loaded: t.number(offices.loaded), total: t.number(offices.total) })
            : t("state.loading")}
        </p>
      ) : tree.roots.length === 0 ? (
        <EmptyState message={t("network.noOffices")} />
      ) : (
        <>
          <NetworkSummary tree={tree} />
          <p className="result-count" role="status" aria-live="polite">
            {found &&
              (agentSearch.fetching
                ? t("state.loading")
                : t.format(found.agentTotal > found.agentCount ? "network.foundFirstAgents" : "network.found", {
                    offices: t.number(found.scope.matched.size),
                    agents: t.number(found.agentTotal),
                    shown: t.number(found.agentCount),
                  }))}
          </p>
          {agentSearch.error && <ErrorState error={agentSearch.error} />}
          {view === "graph" ? (
            <Suspense fallback={<LoadingState />}>
              <NetworkGraph tree={tree} selected={selected} onSelect={select} />
            </Suspense>
          ) : (
            <div className="network-layout">
              <OfficeTreeView
                tree={tree}
                expanded={expanded}
                onExpandedChange={setExpanded}
                selected={selected}
                onSelect={select}
                search={found}
              />
              <SelectionDetails tree={tree} selected={selected} />
            </div>
          )}
        </>
      )}
    </>
  );
}

/** When a search finds something, open the way to it once (the user may close it again) and select a lone match. */
function useRevealMatches(
  tree: OfficeTree | null,
  search: string,
  found: { scope: { matched: Set<string>; onPath: Set<string> }; agentsByOffice: Map<string, TreeAgent[]> } | null,
  expanded: readonly string[],
  selected: string | null,
  update: (changes: Record<string, string | null>) => void,
) {
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!found) revealed.current = null;
    if (!tree || !found) return;
    const agents = [...found.agentsByOffice.values()].flat();
    const signature = `${search}\n${[...found.scope.matched].join()}\n${agents.map((agent) => agent.id).join()}`;
    if (revealed.current === signature) return;
    revealed.current = signature;
    // One URL update for both: two in a row would each start from the same old parameters.
    const changes: Record<string, string | null> = {};
    const open = new Set(expanded);
    for (const id of found.scope.onPath) open.add(id);
    if (open.size !== expanded.length) changes.buka = [...open].join(",");
    const lone = agents.length === 1 && found.scope.matched.size === 0 ? agents[0].id : null;
    if (lone && !selected) changes.pilih = lone;
    if (Object.keys(changes).length) update(changes);
  });
}

function NetworkSummary({ tree }: { tree: OfficeTree }) {
  const t = useT();
  const totals = tree.roots.reduce(
    (sum, root) => ({
      offices: sum.offices + root.subtree.offices,
      agentsActive: sum.agentsActive + root.subtree.agentsActive,
      agentsTotal: sum.agentsTotal + root.subtree.agentsTotal,
      participantsActive: sum.participantsActive + root.subtree.participantsActive,
    }),
    { offices: 0, agentsActive: 0, agentsTotal: 0, participantsActive: 0 },
  );
  return (
    <dl className="figures network-figures">
      <div className="figure">
        <dt>{t("figures.offices")}</dt>
        <dd>{t.number(totals.offices)}</dd>
      </div>
      <div className="figure">
        <dt>{t("figures.activeAgents")}</dt>
        <dd>
          {t.number(totals.agentsActive)}{" "}
          <small>{t.format("network.ofTotal", { total: t.number(totals.agentsTotal) })}</small>
        </dd>
      </div>
      <div className="figure">
        <dt>{t("figures.participantsActive")}</dt>
        <dd>{t.number(totals.participantsActive)}</dd>
      </div>
    </dl>
  );
}
