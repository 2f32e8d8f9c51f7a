import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useClient } from "urql";
import { useAbilities } from "../../auth/permissions";
import { DataTable, type Column } from "../../components/DataTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { fetchAllNodes } from "../../lib/csv";
import { CsvExport } from "../../components/CsvExport";
import { OfficeStatusBadge, useOfficeStatusLabel } from "./OfficeStatusBadge";
import { OfficesPage_List } from "./OfficesPage.graphql";
import { BranchPicker, OfficePicker } from "./pickers";
import "./offices.css";
import {
  OFFICE_SORT_KEYS,
  OFFICE_STATUSES,
  compact,
  officeListFromParams,
  officeListToParams,
  type OfficeListState,
  type OfficeSortKey,
} from "./url-state";
import { usePagedConnection } from "../../components/paged-connection";

type OfficeRow = ResultOf<typeof OfficesPage_List>["perisaiOffices"]["nodes"][number];

/** Kantor Perisai, filtered and sorted by the URL (/kantor?wilayah=21.71&urut=nama&arah=turun). */
export function OfficesPage() {
  const t = useT();
  const may = useAbilities();
  const [params, setParams] = useSearchParams();
  const state = officeListFromParams(params);
  const apply = (next: OfficeListState) => setParams(officeListToParams(next));
  const listKey = officeListToParams(state).toString();

  return (
    <>
      <div className="page-heading">
        <h1>{t("offices.list.title")}</h1>
        {may("manageOffices") && (
          <Link className="button-link" to="/kantor/baru">
            {t("offices.list.create")}
          </Link>
        )}
      </div>
      <OfficeFilters key={`filters?${listKey}`} state={state} onApply={apply} />
      <OfficeResults
        key={`results?${listKey}`}
        state={state}
        onSort={(sortKey, reverse) => apply({ ...state, sortKey, reverse })}
      />
    </>
  );
}

function OfficeFilters({ state, onApply }: { state: OfficeListState; onApply: (next: OfficeListState) => void }) {
  const t = useT();
  const statusLabel = useOfficeStatusLabel();
  const [parentId, setParentId] = useState(state.filter.parentId ?? "");
  const [branchId, setBranchId] = useState(state.filter.supervisingBranchId ?? "");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    const pioneer = value("pioneer");
    onApply({
      filter: {
        search: value("search"),
        regionCode: value("regionCode"),
        pioneer: pioneer === "yes" ? true : pioneer === "no" ? false : undefined,
        parentId: parentId || undefined,
        status: OFFICE_STATUSES.find((status) => status === value("status")),
        supervisingBranchId: branchId || undefined,
      },
      sortKey: (OFFICE_SORT_KEYS.find((key) => key === value("sortKey")) ?? "NAME") as OfficeSortKey,
      reverse: form.get("reverse") === "on",
    });
  };

  return (
    <form className="filters office-filters" role="search" aria-label={t("offices.list.filters")} onSubmit={onSubmit}>
      <label>
        <span>{t("offices.filter.search")}</span>
        <input type="search" name="search" defaultValue={state.filter.search ?? ""} autoComplete="off" />
      </label>
      <label>
        <span>{t("offices.filter.regionCode")}</span>
        <input
          name="regionCode"
          defaultValue={state.filter.regionCode ?? ""}
          placeholder="21.71"
          inputMode="decimal"
          size={10}
          autoComplete="off"
        />
      </label>
      <label>
        <span>{t("offices.filter.pioneer")}</span>
        <select
          name="pioneer"
          defaultValue={state.filter.pioneer === undefined ? "" : state.filter.pioneer ? "yes" : "no"}
        >
          <option value="">{t("offices.filter.any")}</option>
          <option value="yes">{t("offices.filter.pioneerYes")}</option>
          <option value="no">{t("offices.filter.pioneerNo")}</option>
        </select>
      </label>
      <label>
        <span>{t("offices.field.status")}</span>
        <select name="status" defaultValue={state.filter.status ?? ""}>
          <option value="">{t("offices.filter.any")}</option>
          {OFFICE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <OfficePicker
        label={t("offices.field.parent")}
        value={parentId}
        onChange={setParentId}
        noneLabel={t("offices.filter.any")}
      />
      <BranchPicker
        label={t("offices.field.branch")}
        value={branchId}
        onChange={setBranchId}
        noneLabel={t("offices.filter.any")}
      />
      <label>
        <span>{t("offices.sort.label")}</span>
        <select name="sortKey" defaultValue={state.sortKey}>
          {OFFICE_SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`offices.sort.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" name="reverse" defaultChecked={state.reverse} />
        <span>{t("offices.sort.reverse")}</span>
      </label>
      <div className="filter-buttons">
        <button type="submit">{t("offices.filter.apply")}</button>
        <button type="button" onClick={() => onApply({ filter: {}, sortKey: "NAME", reverse: false })}>
          {t("offices.filter.reset")}
        </button>
      </div>
    </form>
  );
}

function OfficeResults({
  state,
  onSort,
}: {
  state: OfficeListState;
  onSort: (sortKey: OfficeSortKey, reverse: boolean) => void;
}) {
  const t = useT();
  const client = useClient();
  const variables = { filter: compact(state.filter), sortKey: state.sortKey, reverse: state.reverse };
  const list = usePagedConnection(OfficesPage_List, variables, (data) => data.perisaiOffices);
  const columns = useOfficeColumns();

  const exportCsv = async (onProgress: (loaded: number, total: number) => void) => {
    const offices = await fetchAllNodes(client, OfficesPage_List, variables, (data) => data.perisaiOffices, onProgress);
    return officeCsvRows(t, offices);
  };

  return (
    <>
      {list.loaders}
      {list.loading ? (
        <LoadingState />
      ) : list.error && list.totalCount === undefined ? (
        <ErrorState error={list.error} onRetry={list.retry} />
      ) : (
        <>
          <div className="list-toolbar">
            <p className="result-count" role="status" aria-live="polite">
              {t.format("offices.list.found", { count: t.number(list.totalCount ?? 0) })}
            </p>
            {(list.totalCount ?? 0) > 0 && <CsvExport filename={"kantor-perisai.csv"} load={exportCsv} />}
          </div>
          {list.error && <ErrorState error={list.error} onRetry={list.retry} />}
          {list.totalCount === 0 ? (
            <EmptyState message={t("offices.list.none")} />
          ) : (
            <DataTable
              caption={t("offices.list.caption")}
              columns={columns}
              rows={list.nodes}
              rowKey={(office) => office.id}
              totalCount={list.totalCount}
              sort={{ sortKey: state.sortKey, reverse: state.reverse }}
              onSort={(next) => onSort(next.sortKey as OfficeSortKey, next.reverse)}
              onEndReached={list.loadMore}
              loadingMore={list.loadingMore}
              rowHeight={57}
            />
          )}
        </>
      )}
    </>
  );
}

function useOfficeColumns(): Column<OfficeRow>[] {
  const t = useT();
  return [
    {
      key: "name",
      header: t("offices.field.name"),
      sortKey: "NAME",
      rowHeader: true,
      cell: (office) => (
        <>
          <Link to={`/kantor/${encodeURIComponent(office.id)}`}>{office.name}</Link>
          {office.pioneer && <span className="badge badge-pioneer">{t("offices.pioneer")}</span>}
        </>
      ),
    },
    {
      key: "region",
      header: t("offices.field.region"),
      cell: (office) => (
        <Link to={`/wilayah/${office.region.code}`}>
          {office.region.name} <small className="mono">{office.region.code}</small>
        </Link>
      ),
    },
    {
      key: "parent",
      header: t("offices.field.parent"),
      cell: (office) =>
        office.parent ? (
          <Link to={`/kantor/${encodeURIComponent(office.parent.id)}`}>{office.parent.name}</Link>
        ) : (
          t("common.notAvailable")
        ),
    },
    {
      key: "coordinator",
      header: t("offices.field.coordinator"),
      cell: (office) => office.hostChapter?.coordinatorName ?? t("common.notAvailable"),
    },
    {
      key: "status",
      header: t("offices.field.status"),
      cell: (office) => <OfficeStatusBadge status={office.status} />,
    },
    {
      key: "established",
      header: t("offices.field.establishedOn"),
      sortKey: "ESTABLISHED_ON",
      cell: (office) => t.date(office.establishedOn),
    },
    {
      key: "agents",
      header: t("offices.field.activeAgents"),
      numeric: true,
      cell: (office) => `${t.number(office.activeAgentCount)} / ${t.number(office.agentCount)}`,
    },
    {
      key: "participants",
      header: t("figures.participantsActive"),
      numeric: true,
      cell: (office) => (office.coverage ? t.number(office.coverage.participantsActive) : t("common.notAvailable")),
    },
  ];
}

function officeCsvRows(t: ReturnType<typeof useT>, offices: readonly OfficeRow[]): (string | number | null)[][] {
  const header = [
    "id",
    t("offices.field.name"),
    t("offices.field.status"),
    t("offices.pioneer"),
    t("offices.csv.regionCode"),
    t("offices.field.region"),
    t("offices.field.parent"),
    t("offices.field.hostChapter"),
    t("offices.field.coordinator"),
    t("offices.field.branch"),
    t("offices.field.mou"),
    t("offices.field.establishedOn"),
    t("offices.field.monthlyTarget"),
    t("offices.field.agents"),
    t("offices.field.activeAgentsOnly"),
    t("figures.participantsActive"),
    t("offices.coverage.participantsTotal"),
    t("offices.coverage.contributionsTotal"),
    t("offices.field.address"),
  ];
  // Raw values (ISO dates, plain integers) so spreadsheets read them as dates and numbers.
  const rows = offices.map((office) => [
    office.id,
    office.name,
    office.status,
    office.pioneer ? 1 : 0,
    office.region.code,
    office.region.name,
    office.parent?.name ?? null,
    office.hostChapter?.name ?? null,
    office.hostChapter?.coordinatorName ?? null,
    office.supervisingBranch.name,
    office.mou?.number ?? null,
    office.establishedOn,
    office.monthlyTarget,
    office.agentCount,
    office.activeAgentCount,
    office.coverage?.participantsActive ?? null,
    office.coverage?.participantsTotal ?? null,
    office.coverage?.contributionsTotal ?? null,
    office.address ?? null,
  ]);
  return [header, ...rows];
}
