import { useEffect, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import {
  AGENT_STATUSES,
  AgentStatusBadge,
  isAgentStatus,
  useAgentStatusLabel,
} from "../../components/AgentStatusBadge";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { AgentsPage_Search } from "./AgentsPage.graphql";

const PAGE_SIZE = 50;

interface AgentRow {
  id: string;
  agentNumber: string;
  name: string;
  status: string;
  appointedOn: string;
  office: { id: string; name: string };
}

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

interface SearchResult {
  agents: { totalCount: number; pageInfo: PageInfo; nodes: AgentRow[] };
}

interface Filter {
  search?: string;
  status?: string;
}

/** Agents by name or number and status; the filter lives in the URL (/agen?cari=AP-2171-00001&status=ACTIVE). */
export function AgentsPage() {
  const t = useT();
  const statusLabel = useAgentStatusLabel();
  const [searchParams, setSearchParams] = useSearchParams();
  const cari = searchParams.get("cari")?.trim() ?? "";
  const statusParam = searchParams.get("status");
  const status = isAgentStatus(statusParam) ? statusParam : "";

  const apply = (next: { cari: string; status: string }) => {
    const params = new URLSearchParams();
    if (next.cari.trim()) params.set("cari", next.cari.trim());
    if (next.status) params.set("status", next.status);
    setSearchParams(params);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    apply({ cari: String(form.get("cari") ?? ""), status: String(form.get("status") ?? "") });
  };

  const filter: Filter = {};
  if (cari) filter.search = cari;
  if (status) filter.status = status;

  return (
    <>
      <h1>{t("agents.title")}</h1>
      {/* Keyed by the URL so going back and forward shows the search that is applied. */}
      <form className="filters" role="search" onSubmit={onSubmit} key={`${cari}\n${status}`}>
        <label>
          <span>{t("agents.search")}</span>
          <input
            type="search"
            name="cari"
            defaultValue={cari}
            placeholder={t("agents.searchPlaceholder")}
            autoComplete="off"
          />
        </label>
        <label>
          <span>{t("agents.status")}</span>
          <select
            name="status"
            defaultValue={status}
            onChange={(event) => {
              // A status applies at once, with the search text the form holds.
              const form = event.currentTarget.form;
              const text = form ? String(new FormData(form).get("cari") ?? "") : cari;
              apply({ cari: text, status: event.currentTarget.value });
            }}
          >
            <option value="">{t("agents.statusAll")}</option>
            {AGENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(value)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("agents.submit")}</button>
      </form>
      <AgentResults key={`${cari}\n${status}`} filter={filter} />
    </>
  );
}

/** The first page and every page loaded after it; a new filter starts again from the first. */
function AgentResults({ filter }: { filter: Filter }) {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery<SearchResult>({
    query: AgentsPage_Search,
    variables: { filter, first: PAGE_SIZE, after: null },
  });
  const [more, setMore] = useState<{ after: string; pageInfo?: PageInfo }[]>([]);

  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!data) return null;

  const { totalCount, nodes } = data.agents;
  const lastPageInfo = more.length > 0 ? more[more.length - 1].pageInfo : data.agents.pageInfo;
  const loadingMore = more.length > 0 && !lastPageInfo;

  return (
    <>
      <p className="result-count" role="status" aria-live="polite">
        {t("agents.found").replace("{count}", t.number(totalCount))}
      </p>
      {error && <ErrorState error={error} />}
      {totalCount === 0 ? (
        <EmptyState message={t("agents.none")} />
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("agents.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("agent.number")}</th>
                <th scope="col">{t("agent.name")}</th>
                <th scope="col">{t("agent.office")}</th>
                <th scope="col">{t("agent.status")}</th>
                <th scope="col">{t("agent.appointedOn")}</th>
              </tr>
            </thead>
            <AgentRows agents={nodes} />
            {more.map(({ after }, index) => (
              <MoreAgentRows
                key={after}
                filter={filter}
                after={after}
                onPageInfo={(pageInfo) =>
                  setMore((pages) => pages.map((page, i) => (i === index ? { ...page, pageInfo } : page)))
                }
              />
            ))}
          </table>
        </div>
      )}
      {(lastPageInfo?.hasNextPage || loadingMore) && (
        <p>
          <button
            type="button"
            disabled={loadingMore}
            onClick={() => {
              const after = lastPageInfo?.endCursor;
              if (after) setMore((pages) => [...pages, { after }]);
            }}
          >
            {loadingMore ? t("state.loading") : t("agents.loadMore")}
          </button>
        </p>
      )}
    </>
  );
}

function MoreAgentRows({
  filter,
  after,
  onPageInfo,
}: {
  filter: Filter;
  after: string;
  onPageInfo: (pageInfo: PageInfo) => void;
}) {
  const t = useT();
  const [{ data, error }] = useQuery<SearchResult>({
    query: AgentsPage_Search,
    variables: { filter, first: PAGE_SIZE, after },
  });
  const pageInfo = data?.agents.pageInfo;
  const hasNextPage = pageInfo?.hasNextPage;
  const endCursor = pageInfo?.endCursor;
  useEffect(() => {
    if (hasNextPage !== undefined) onPageInfo({ hasNextPage, endCursor: endCursor ?? null });
    // onPageInfo is a new function every render; report only when the page itself changes.
  }, [hasNextPage, endCursor]);
  if (error && !data)
    return (
      <tbody>
        <tr>
          <td colSpan={5}>
            <ErrorState error={error} />
          </td>
        </tr>
      </tbody>
    );
  if (!data) {
    return (
      <tbody>
        <tr>
          <td colSpan={5}>{t("state.loading")}</td>
        </tr>
      </tbody>
    );
  }
  return <AgentRows agents={data.agents.nodes} />;
}

function AgentRows({ agents }: { agents: AgentRow[] }) {
  const t = useT();
  return (
    <tbody>
      {agents.map((agent) => (
        <tr key={agent.id}>
          <th scope="row">
            <Link to={`/agen/${encodeURIComponent(agent.id)}`}>{agent.agentNumber}</Link>
          </th>
          <td>{agent.name}</td>
          <td>{agent.office.name}</td>
          <td>
            <AgentStatusBadge status={agent.status} />
          </td>
          <td>{t.date(agent.appointedOn)}</td>
        </tr>
      ))}
    </tbody>
  );
}
