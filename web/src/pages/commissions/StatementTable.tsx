import { useCallback } from "react";
import { Link } from "react-router";
import { useClient } from "urql";
import { DataTable, type Column, type SortState } from "../../components/DataTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf, VariablesOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { fetchAllNodes } from "../../lib/csv";
import { CommissionsPage_Statements } from "./CommissionsPage.graphql";
import { CsvExport } from "../../components/CsvExport";
import { formatMonth } from "./months";
import { usePages } from "./pages";
import { statementCsv } from "./statement-csv";

export type StatementRow = ResultOf<typeof CommissionsPage_Statements>["commissionStatements"]["nodes"][number];
export type StatementFilter = NonNullable<VariablesOf<typeof CommissionsPage_Statements>["filter"]>;
export type StatementSortKey = VariablesOf<typeof CommissionsPage_Statements>["sortKey"];

/** The link to a statement's worked calculation: the agent and month, and the office (an agent may have moved). */
export function statementPath(statement: Pick<StatementRow, "month" | "agent" | "office">): string {
  return (
    `/komisi/pernyataan/${encodeURIComponent(statement.agent.id)}/${statement.month}` +
    `?kantor=${encodeURIComponent(statement.office.id)}`
  );
}

/**
 * Statements matching a filter in a virtualized table that loads more as it scrolls, with the CSV export of all
 * of them. `view` "office" lists one month's agents; "agent" lists one agent's months.
 */
export function StatementTable({
  view,
  filter,
  sort,
  onSort,
  fresh,
  csvName,
}: {
  view: "office" | "agent";
  filter: StatementFilter;
  sort: { sortKey: StatementSortKey; reverse: boolean };
  onSort: (next: SortState) => void;
  /** Skip the cache (after a close wrote new statements). */
  fresh?: boolean;
  csvName: string;
}) {
  const t = useT();
  const client = useClient();
  const variables = { filter, sortKey: sort.sortKey, reverse: sort.reverse };
  const list = usePages(CommissionsPage_Statements, variables, (data) => data.commissionStatements, { fresh });
  const sortChange = useCallback((next: SortState) => onSort(next), [onSort]);

  if (list.loading) return <LoadingState />;
  if (list.totalCount === undefined) return <ErrorState error={list.error} onRetry={list.refetch} />;

  const rupiah = (key: string, header: string, value: (row: StatementRow) => number, sortKey?: string) =>
    ({
      key,
      header,
      numeric: true,
      sortKey,
      cell: (row: StatementRow) => t.rupiah(value(row)),
    }) as Column<StatementRow>;
  const monthColumn: Column<StatementRow> = {
    key: "month",
    header: t("commissions.col.month"),
    rowHeader: true,
    sortKey: "MONTH",
    cell: (row) => formatMonth(row.month, t.language),
  };
  const agentColumn: Column<StatementRow> = {
    key: "agent",
    header: t("commissions.col.agent"),
    rowHeader: true,
    cell: (row) => (
      <>
        <Link to={`/agen/${encodeURIComponent(row.agent.id)}`}>{row.agent.agentNumber}</Link>{" "}
        <span className="commissions-agent-name">{row.agent.name}</span>
      </>
    ),
  };
  const columns: Column<StatementRow>[] = [
    view === "office" ? agentColumn : monthColumn,
    ...(view === "agent"
      ? [{ key: "office", header: t("commissions.col.office"), cell: (row: StatementRow) => row.office.name }]
      : []),
    rupiah("contributions", t("commissions.col.contributions"), (row) => row.contributionsTotal),
    rupiah("incentive", t("commissions.col.incentive"), (row) => row.incentive),
    {
      key: "newParticipants",
      header: t("commissions.col.newParticipants"),
      numeric: true,
      cell: (row) => t.number(row.newParticipantsCount),
    },
    rupiah("bonus", t("commissions.col.bonus"), (row) => row.bonus),
    rupiah("total", t("commissions.col.total"), (row) => row.total, "TOTAL"),
    rupiah("agentShare", t("commissions.col.agentShare"), (row) => row.agentShare),
    ...(view === "office" ? [rupiah("officeShare", t("commissions.col.officeShare"), (row) => row.officeShare)] : []),
    {
      key: "detail",
      header: <span className="visually-hidden">{t("commissions.col.detail")}</span>,
      cell: (row) => (
        <Link
          to={statementPath(row)}
          aria-label={t.format("commissions.detailLabel", {
            agent: row.agent.agentNumber,
            month: formatMonth(row.month, t.language),
          })}
        >
          {t("commissions.detailLink")}
        </Link>
      ),
    },
  ];

  const title = t(view === "office" ? "commissions.statements.title" : "commissions.agent.statements");
  const exportRows = async (onProgress: (loaded: number, total: number) => void) =>
    statementCsv(
      await fetchAllNodes(
        client,
        CommissionsPage_Statements,
        variables,
        (data) => data.commissionStatements,
        onProgress,
      ),
    );

  return (
    <section className="commissions-statements" aria-labelledby="commissions-statements-title">
      <h2 id="commissions-statements-title">{title}</h2>
      <div className="commissions-toolbar">
        <p className="result-count" role="status" aria-live="polite">
          {t.format(view === "office" ? "commissions.statements.found" : "commissions.agent.found", {
            count: t.number(list.totalCount),
          })}
        </p>
        <CsvExport filename={csvName} disabled={list.totalCount === 0} load={exportRows} />
      </div>
      {list.error && <ErrorState error={list.error} onRetry={list.loadMore} />}
      {list.totalCount === 0 ? (
        <EmptyState message={t(view === "office" ? "commissions.statements.none" : "commissions.agent.none")} />
      ) : (
        <DataTable
          caption={title}
          columns={columns}
          rows={list.rows}
          rowKey={(row) => row.id}
          totalCount={list.totalCount}
          sort={sort}
          onSort={sortChange}
          onEndReached={list.error ? undefined : list.loadMore}
          loadingMore={list.loadingMore}
        />
      )}
    </section>
  );
}
