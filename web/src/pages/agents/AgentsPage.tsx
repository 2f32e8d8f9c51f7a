import { useCallback, useId, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import {
  AGENT_STATUSES,
  AgentStatusBadge,
  isAgentStatus,
  useAgentStatusLabel,
} from "../../components/AgentStatusBadge";
import { DataTable, type Column, type SortState } from "../../components/DataTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { fetchAllNodes } from "../../lib/csv";
import { AgentsPage_FilterNames, AgentsPage_List } from "./AgentsPage.graphql";
import { CsvExport } from "../../components/CsvExport";
import {
  agentFilterOf,
  agentListFromParams,
  agentListToParams,
  type AgentListState,
  type AgentSortKey,
} from "./list-state";
import { usePagedConnection } from "../../components/paged-connection";
import { OfficePicker } from "./pickers";
import "./agents.css";

type AgentRow = ResultOf<typeof AgentsPage_List>["agents"]["nodes"][number];

/** Agen Perisai by name or number, status, office and region, in any order the API sorts by; all in the URL. */
export function AgentsPage() {
  const t = useT();
  const may = useAbilities();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = agentListFromParams(searchParams);
  const apply = (next: AgentListState) => setSearchParams(agentListToParams(next));
  const viewKey = agentListToParams(state).toString();

  return (
    <>
      <div className="page-heading">
        <h1>{t("agents.title")}</h1>
        {may("manageAgents") && (
          <Link className="button-link" to="/agen/baru">
            {t("agents.appoint.link")}
          </Link>
        )}
      </div>
      {/* Keyed by the URL so going back and forward shows the filter that is applied. */}
      <AgentFilters key={`filters?${viewKey}`} state={state} apply={apply} />
      <AgentResults key={`results?${viewKey}`} state={state} apply={apply} />
    </>
  );
}

function AgentFilters({ state, apply }: { state: AgentListState; apply: (next: AgentListState) => void }) {
  const t = useT();
  const statusLabel = useAgentStatusLabel();
  const { filter } = state;
  const [{ data: names }] = useQuery({
    query: AgentsPage_FilterNames,
    variables: {
      officeId: filter.officeId ?? "",
      regionCode: filter.regionCode ?? "",
      withOffice: Boolean(filter.officeId),
      withRegion: Boolean(filter.regionCode),
    },
    pause: !filter.officeId && !filter.regionCode,
  });
  const id = useId();
  const textOf = (form: HTMLFormElement | null) =>
    form ? String(new FormData(form).get("cari") ?? "").trim() || undefined : filter.search;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({ ...state, filter: { ...filter, search: textOf(event.currentTarget) } });
  };

  return (
    <form className="filters" role="search" onSubmit={onSubmit}>
      <div className="filter-field">
        <label htmlFor={`${id}-search`}>{t("agents.search")}</label>
        <input
          id={`${id}-search`}
          type="search"
          name="cari"
          defaultValue={filter.search ?? ""}
          placeholder={t("agents.searchPlaceholder")}
          autoComplete="off"
        />
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-status`}>{t("agents.status")}</label>
        <select
          id={`${id}-status`}
          name="status"
          defaultValue={filter.status ?? ""}
          onChange={(event) => {
            // A status applies at once, with the search text the form holds.
            const value = event.currentTarget.value;
            apply({
              ...state,
              filter: {
                ...filter,
                search: textOf(event.currentTarget.form),
                status: isAgentStatus(value) ? value : undefined,
              },
            });
          }}
        >
          <option value="">{t("agents.statusAll")}</option>
          {AGENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-office">
        <OfficePicker
          label={t("agent.office")}
          value={
            filter.officeId
              ? {
                  id: filter.officeId,
                  name: names?.perisaiOffice?.name ?? t("state.loading"),
                  region: { code: "", name: "" },
                }
              : null
          }
          onChange={(office) => apply({ ...state, filter: { ...filter, officeId: office?.id } })}
        />
      </div>
      {filter.regionCode && (
        <p className="filter-chip">
          {t("agents.list.region")}: <strong>{names?.region?.name ?? filter.regionCode}</strong>{" "}
          <button
            type="button"
            aria-label={t("agents.list.removeRegion")}
            onClick={() => apply({ ...state, filter: { ...filter, regionCode: undefined } })}
          >
            ×
          </button>
        </p>
      )}
      <button type="submit">{t("agents.submit")}</button>
    </form>
  );
}

function AgentResults({ state, apply }: { state: AgentListState; apply: (next: AgentListState) => void }) {
  const t = useT();
  const client = useClient();
  const statusLabel = useAgentStatusLabel();
  const filter = agentFilterOf(state);
  const variables = { filter, sortKey: state.sortKey, reverse: state.reverse };
  const list = usePagedConnection(AgentsPage_List, variables, (data) => data.agents);
  const onSort = useCallback(
    (next: SortState) => apply({ ...state, sortKey: next.sortKey as AgentSortKey, reverse: next.reverse }),
    [state, apply],
  );
  const columns = agentColumns(t, statusLabel);

  const exportRows = async (onProgress: (loaded: number, total: number) => void) => {
    const agents = await fetchAllNodes(client, AgentsPage_List, variables, (data) => data.agents, onProgress);
    return [
      columns.map((column) => column.csvHeader),
      ...agents.map((agent) => columns.map((column) => column.csv(agent))),
    ];
  };

  return (
    <>
      {list.loaders}
      {list.loading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.totalCount !== undefined && (
        <>
          <div className="list-toolbar">
            <p className="result-count" role="status" aria-live="polite">
              {t.format("agents.found", { count: t.number(list.totalCount) })}
            </p>
            <CsvExport filename={csvName()} disabled={list.totalCount === 0} load={exportRows} />
          </div>
          {list.totalCount === 0 ? (
            <EmptyState message={t("agents.none")} />
          ) : (
            <DataTable
              caption={t("agents.title")}
              columns={columns}
              rows={list.nodes}
              rowKey={(agent) => agent.id}
              totalCount={list.totalCount}
              sort={{ sortKey: state.sortKey, reverse: state.reverse }}
              onSort={onSort}
              onEndReached={list.loadMore}
              loadingMore={list.loadingMore}
            />
          )}
        </>
      )}
    </>
  );
}

function csvName(): string {
  return `agen-perisai-${new Date().toISOString().slice(0, 10)}.csv`;
}

type AgentColumn = Column<AgentRow> & { csvHeader: string; csv: (agent: AgentRow) => string | number | null };

function agentColumns(t: ReturnType<typeof useT>, statusLabel: (status: string) => string): AgentColumn[] {
  return [
    {
      key: "number",
      header: t("agent.number"),
      sortKey: "AGENT_NUMBER",
      rowHeader: true,
      cell: (agent) => <Link to={`/agen/${encodeURIComponent(agent.id)}`}>{agent.agentNumber}</Link>,
      csvHeader: t("agent.number"),
      csv: (agent) => agent.agentNumber,
    },
    {
      key: "name",
      header: t("agent.name"),
      sortKey: "NAME",
      cell: (agent) => agent.name,
      csvHeader: t("agent.name"),
      csv: (agent) => agent.name,
    },
    {
      key: "status",
      header: t("agent.status"),
      cell: (agent) => <AgentStatusBadge status={agent.status} />,
      csvHeader: t("agent.status"),
      csv: (agent) => statusLabel(agent.status),
    },
    {
      key: "office",
      header: t("agent.office"),
      cell: (agent) => agent.office.name,
      csvHeader: t("agent.office"),
      csv: (agent) => agent.office.name,
    },
    {
      key: "territory",
      header: t("agents.list.territory"),
      cell: (agent) => <span className="cell-clip">{agent.territory.map((region) => region.name).join(", ")}</span>,
      csvHeader: t("agents.list.territory"),
      csv: (agent) => agent.territory.map((region) => region.name).join("; "),
    },
    {
      key: "appointedOn",
      header: t("agent.appointedOn"),
      sortKey: "APPOINTED_ON",
      cell: (agent) => t.date(agent.appointedOn),
      csvHeader: t("agent.appointedOn"),
      csv: (agent) => agent.appointedOn,
    },
    {
      key: "participants",
      header: t("figures.participantsActive"),
      numeric: true,
      cell: (agent) => (agent.coverage ? t.number(agent.coverage.participantsActive) : t("common.notAvailable")),
      csvHeader: t("figures.participantsActive"),
      csv: (agent) => agent.coverage?.participantsActive ?? null,
    },
  ];
}
