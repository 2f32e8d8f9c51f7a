import { useId, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useClient, useQuery, type Client, type OperationResult } from "urql";
import { useAbilities } from "../../auth/permissions";
import { DataTable, type Column } from "../../components/DataTable";
import { Figures } from "../../components/Figures";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { fetchAllNodes } from "../../lib/csv";
import { CsvExport } from "../../components/CsvExport";
import { PAGE_SIZE, usePagedConnection } from "../../components/paged-connection";
import "../agents/agents.css";
import { AssignAgentDialog, type AssignTarget } from "./AssignAgentDialog";
import { CoverageGapsPage_List, CoverageGapsPage_Regions, CoverageGapsPage_Summary } from "./CoverageGapsPage.graphql";
import {
  areaTotals,
  coverageRate,
  gapListFromParams,
  gapListToParams,
  provinceOf,
  regencyOf,
  type GapListState,
} from "./list-state";
import { TargetingTabs } from "./TargetingTabs";
import "./targeting.css";

type GapRow = ResultOf<typeof CoverageGapsPage_List>["coverageGaps"]["nodes"][number];
type T = ReturnType<typeof useT>;

/** Kecamatan ranked by coverage gap, nationally or in a province or regency; every filter in the URL. */
export function CoverageGapsPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = gapListFromParams(searchParams);
  const apply = (next: GapListState) => setSearchParams(gapListToParams(next));
  const viewKey = gapListToParams(state).toString();

  return (
    <>
      <TargetingTabs />
      <h1>{t("targeting.gaps.title")}</h1>
      <p className="targeting-intro">{t("targeting.gaps.intro")}</p>
      <GapFilters state={state} apply={apply} />
      <GapSummary regionCode={state.regionCode} />
      <GapResults key={`results?${viewKey}`} state={state} />
    </>
  );
}

function GapFilters({ state, apply }: { state: GapListState; apply: (next: GapListState) => void }) {
  const t = useT();
  const id = useId();
  const province = provinceOf(state.regionCode);
  const [{ data }] = useQuery({
    query: CoverageGapsPage_Regions,
    variables: { provinceCode: province ?? "", withProvince: Boolean(province) },
  });
  return (
    <form className="filters gap-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="filter-field">
        <label htmlFor={`${id}-province`}>{t("targeting.gaps.province")}</label>
        <select
          id={`${id}-province`}
          value={province ?? ""}
          onChange={(event) => apply({ ...state, regionCode: event.currentTarget.value || undefined })}
        >
          <option value="">{t("targeting.gaps.allProvinces")}</option>
          {data?.provinces.nodes.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-regency`}>{t("targeting.gaps.regency")}</label>
        <select
          id={`${id}-regency`}
          value={regencyOf(state.regionCode) ?? ""}
          disabled={!province}
          onChange={(event) => apply({ ...state, regionCode: event.currentTarget.value || province })}
        >
          <option value="">{t("targeting.gaps.allRegencies")}</option>
          {data?.regencies?.nodes.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      <label className="toggle">
        <input
          type="checkbox"
          checked={state.all}
          onChange={(event) => apply({ ...state, all: event.currentTarget.checked })}
        />
        {t("targeting.gaps.all")}
      </label>
    </form>
  );
}

/** The area's registered, covered and uncovered UMKM from the coverage rollups (what the rows sum to). */
function GapSummary({ regionCode }: { regionCode: string | undefined }) {
  const t = useT();
  const [{ data, error }] = useQuery({
    query: CoverageGapsPage_Summary,
    variables: { regionCode: regionCode ?? "", national: !regionCode },
  });
  const regions = regionCode
    ? data?.region?.code === regionCode && data.region.coverage
      ? [data.region.coverage]
      : undefined
    : data?.provinces?.nodes.map((province) => province.coverage).filter((coverage) => coverage !== null);
  if (error && !regions) return <ErrorState error={error} />;
  const totals = regions ? areaTotals(regions) : undefined;
  const number = (value: number | undefined) => (value === undefined ? t("common.notAvailable") : t.number(value));
  const area = regionCode ? (data?.region?.name ?? regionCode) : t("targeting.gaps.national");
  return (
    <section className="gap-summary" aria-labelledby="gap-summary-title" aria-busy={!totals}>
      <h2 id="gap-summary-title">{t.format("targeting.gaps.summary", { area })}</h2>
      <Figures
        figures={[
          { label: "figures.umkmRegistered", value: number(totals?.registered) },
          { label: "figures.umkmCovered", value: number(totals?.covered) },
          { label: "targeting.gaps.uncovered", value: number(totals?.uncovered) },
          { label: "figures.coverage", value: totals ? t.rate(totals.rate) : t("common.notAvailable") },
        ]}
      />
      <p className="gap-summary-note">{t("targeting.gaps.agentsNote")}</p>
    </section>
  );
}

/**
 * Fetches every loaded page of the ranking again, following the same cursors: graphcache writes the answers
 * where the pages on screen read from, so counts change in place (an agent assigned moves the row's figures).
 */
async function refetchLoadedPages(client: Client, filter: GapFilter, loadedRows: number) {
  let after: string | null = null;
  for (let loaded = 0; loaded < Math.max(loadedRows, 1); loaded += PAGE_SIZE) {
    const result: OperationResult<ResultOf<typeof CoverageGapsPage_List>> = await client
      .query(CoverageGapsPage_List, { filter, first: PAGE_SIZE, after }, { requestPolicy: "network-only" })
      .toPromise();
    const page = result.data?.coverageGaps.pageInfo;
    if (!page?.hasNextPage || !page.endCursor) return;
    after = page.endCursor;
  }
}

type GapFilter = { regionCode?: string; onlyWithGap: boolean };

function GapResults({ state }: { state: GapListState }) {
  const t = useT();
  const may = useAbilities();
  const client = useClient();
  const filter: GapFilter = { ...(state.regionCode ? { regionCode: state.regionCode } : {}), onlyWithGap: !state.all };
  const list = usePagedConnection(CoverageGapsPage_List, { filter }, (data) => data.coverageGaps);
  const [target, setTarget] = useState<AssignTarget | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const columns = gapColumns(t);
  if (may("manageAgents")) {
    columns.push({
      key: "actions",
      header: t("targeting.gaps.actions"),
      cell: (row) => (
        <button
          type="button"
          className="row-action"
          aria-label={t.format("targeting.assign.openFor", { kecamatan: row.kecamatan.name })}
          onClick={(event) => {
            opener.current = event.currentTarget;
            setDone(null);
            setTarget({
              code: row.kecamatan.code,
              name: row.kecamatan.name,
              regencyCode: row.kecamatan.parent?.code ?? row.kecamatan.code.slice(0, 5),
              regencyName: row.kecamatan.parent?.name ?? row.kecamatan.code.slice(0, 5),
            });
          }}
        >
          {t("targeting.assign.open")}
        </button>
      ),
      csvHeader: "",
      csv: () => null,
    });
  }

  const exportRows = async (onProgress: (loaded: number, total: number) => void) => {
    const rows = await fetchAllNodes(
      client,
      CoverageGapsPage_List,
      { filter },
      (data) => data.coverageGaps,
      onProgress,
    );
    const exported = columns.filter((column) => column.csvHeader);
    return [
      exported.map((column) => column.csvHeader),
      ...rows.map((row) => exported.map((column) => column.csv(row))),
    ];
  };

  return (
    <section aria-labelledby="gap-list-title">
      <h2 id="gap-list-title" className="visually-hidden">
        {t("targeting.gaps.caption")}
      </h2>
      {list.loaders}
      {list.loading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={list.retry} />}
      <p role="status" aria-live="polite" className="assign-done">
        {done}
      </p>
      {list.totalCount !== undefined && (
        <>
          <div className="list-toolbar">
            <p className="result-count" role="status" aria-live="polite">
              {t.format("targeting.gaps.found", { count: t.number(list.totalCount) })}
            </p>
            <CsvExport
              filename={`${t("targeting.gaps.csvName")}-${state.regionCode ?? "indonesia"}-${new Date().toISOString().slice(0, 10)}.csv`}
              disabled={list.totalCount === 0}
              load={exportRows}
            />
          </div>
          {list.totalCount === 0 ? (
            <EmptyState message={t("targeting.gaps.none")} />
          ) : (
            <DataTable
              caption={t("targeting.gaps.caption")}
              columns={columns}
              rows={list.nodes}
              rowKey={(row) => row.kecamatan.code}
              totalCount={list.totalCount}
              onEndReached={list.loadMore}
              loadingMore={list.loadingMore}
              rowHeight={49}
            />
          )}
        </>
      )}
      {target && (
        <AssignAgentDialog
          target={target}
          onClose={() => {
            setTarget(null);
            opener.current?.focus();
          }}
          onAssigned={(agentName) => {
            setDone(t.format("targeting.assign.done", { agent: agentName, kecamatan: target.name }));
            void refetchLoadedPages(client, filter, list.nodes.length);
          }}
        />
      )}
    </section>
  );
}

type GapColumn = Column<GapRow> & { csvHeader: string; csv: (row: GapRow) => string | number | null };

function gapColumns(t: T): GapColumn[] {
  const areaOf = (row: GapRow) =>
    [row.kecamatan.parent?.name, row.kecamatan.parent?.parent?.name].filter(Boolean).join(", ");
  return [
    {
      key: "rank",
      header: t("targeting.gaps.rank"),
      numeric: true,
      cell: (row) => t.number(row.rank),
      csvHeader: t("targeting.gaps.rank"),
      csv: (row) => row.rank,
    },
    {
      key: "kecamatan",
      header: t("targeting.gaps.kecamatan"),
      rowHeader: true,
      cell: (row) => <Link to={`/wilayah/${row.kecamatan.code}`}>{row.kecamatan.name}</Link>,
      csvHeader: t("targeting.gaps.kecamatan"),
      csv: (row) => row.kecamatan.name,
    },
    {
      key: "area",
      header: t("targeting.gaps.area"),
      cell: (row) => <span className="cell-clip cell-sub">{areaOf(row)}</span>,
      csvHeader: t("targeting.gaps.area"),
      csv: areaOf,
    },
    {
      key: "registered",
      header: t("targeting.gaps.registered"),
      numeric: true,
      cell: (row) => t.number(row.umkmRegistered),
      csvHeader: t("targeting.gaps.registered"),
      csv: (row) => row.umkmRegistered,
    },
    {
      key: "covered",
      header: t("targeting.gaps.covered"),
      numeric: true,
      cell: (row) => t.number(row.umkmCovered),
      csvHeader: t("targeting.gaps.covered"),
      csv: (row) => row.umkmCovered,
    },
    {
      key: "uncovered",
      header: t("targeting.gaps.uncoveredShort"),
      numeric: true,
      cell: (row) => t.number(row.umkmUncovered),
      csvHeader: t("targeting.gaps.uncoveredShort"),
      csv: (row) => row.umkmUncovered,
    },
    {
      key: "rate",
      header: t("targeting.gaps.rate"),
      numeric: true,
      cell: (row) => t.rate(coverageRate(row.umkmRegistered, row.umkmCovered)),
      csvHeader: t("targeting.gaps.rate"),
      csv: (row) => coverageRate(row.umkmRegistered, row.umkmCovered),
    },
    {
      key: "agents",
      header: t("targeting.gaps.activeAgents"),
      numeric: true,
      cell: (row) => t.number(row.activeAgents),
      csvHeader: t("targeting.gaps.activeAgents"),
      csv: (row) => row.activeAgents,
    },
    {
      key: "score",
      header: <abbr title={t("targeting.gaps.scoreHint")}>{t("targeting.gaps.score")}</abbr>,
      numeric: true,
      cell: (row) =>
        row.gapScore === null ? (
          <span className="badge badge-no-agent">{t("targeting.gaps.noAgent")}</span>
        ) : (
          gapScoreText(t, row.gapScore)
        ),
      csvHeader: t("targeting.gaps.score"),
      csv: (row) => row.gapScore,
    },
  ];
}

function gapScoreText(t: T, score: number): string {
  return new Intl.NumberFormat(t.language === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 1 }).format(score);
}
