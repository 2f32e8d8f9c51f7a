import { useCallback, useId, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { DataTable, type Column, type SortState } from "../../components/DataTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { fetchAllNodes } from "../../lib/csv";
import { CsvExport } from "../../components/CsvExport";
import { usePagedConnection } from "../../components/paged-connection";
import "../agents/agents.css";
import {
  SEVEN_PAS_STAGES,
  UMKM_CLASSES,
  umkmFilterOf,
  umkmListFromParams,
  umkmListToParams,
  type UmkmListState,
  type UmkmSortKey,
} from "./list-state";
import { RegionPicker } from "./RegionPicker";
import { useUmkmLabels } from "./labels";
import {
  UmkmListPage_Export,
  UmkmListPage_List,
  UmkmListPage_RegionNames,
  UmkmListPage_Sectors,
} from "./UmkmListPage.graphql";

type UmkmRow = ResultOf<typeof UmkmListPage_List>["umkms"]["nodes"][number];

/** The UMKM registry of the viewer's territory: filters and order in the URL, every matching row exportable. */
export function UmkmListPage() {
  const t = useT();
  const may = useAbilities();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = umkmListFromParams(searchParams);
  const apply = (next: UmkmListState) => setSearchParams(umkmListToParams(next));
  const viewKey = umkmListToParams(state).toString();

  return (
    <>
      <div className="page-heading">
        <h1>{t("umkm.list.title")}</h1>
        {may("manageUmkm") && (
          <Link className="button-link" to="/umkm/baru">
            {t("umkm.list.create")}
          </Link>
        )}
      </div>
      <UmkmFilters key={`filters?${viewKey}`} state={state} apply={apply} />
      <UmkmResults key={`results?${viewKey}`} state={state} apply={apply} />
    </>
  );
}

function UmkmFilters({ state, apply }: { state: UmkmListState; apply: (next: UmkmListState) => void }) {
  const t = useT();
  const labels = useUmkmLabels();
  const id = useId();
  const { filter } = state;
  const [{ data: sectors }] = useQuery({ query: UmkmListPage_Sectors });
  const [{ data: names }] = useQuery({
    query: UmkmListPage_RegionNames,
    variables: {
      regionCode: filter.regionCode ?? "",
      kecamatanCode: filter.kecamatanCode ?? "",
      withRegion: Boolean(filter.regionCode),
      withKecamatan: Boolean(filter.kecamatanCode),
    },
    pause: !filter.regionCode && !filter.kecamatanCode,
  });
  const searchOf = (form: HTMLFormElement | null) =>
    form ? String(new FormData(form).get("cari") ?? "").trim() || undefined : filter.search;
  /** A select applies at once, with the search text the form holds. */
  const change = (form: HTMLFormElement | null, next: Partial<UmkmListState["filter"]>) =>
    apply({ ...state, filter: { ...filter, search: searchOf(form), ...next } });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change(event.currentTarget, {});
  };

  return (
    <form className="filters" role="search" onSubmit={onSubmit}>
      <div className="filter-field">
        <label htmlFor={`${id}-search`}>{t("umkm.list.search")}</label>
        <input id={`${id}-search`} type="search" name="cari" defaultValue={filter.search ?? ""} autoComplete="off" />
      </div>
      <div className="filter-office">
        <RegionPicker
          label={t("umkm.field.kecamatan")}
          level="DISTRICT"
          asFilter
          value={
            filter.kecamatanCode
              ? { code: filter.kecamatanCode, name: names?.kecamatan?.name ?? filter.kecamatanCode }
              : null
          }
          onChange={(region) => change(null, { kecamatanCode: region?.code })}
        />
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-sector`}>{t("umkm.field.sector")}</label>
        <select
          id={`${id}-sector`}
          value={filter.sector ?? ""}
          onChange={(event) => change(event.currentTarget.form, { sector: event.currentTarget.value || undefined })}
        >
          <option value="">{t("umkm.list.all")}</option>
          {(sectors?.umkmSectors ?? (filter.sector ? [filter.sector] : [])).map((sector) => (
            <option key={sector} value={sector}>
              {sector}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-class`}>{t("umkm.field.class")}</label>
        <select
          id={`${id}-class`}
          value={filter.umkmClass ?? ""}
          onChange={(event) =>
            change(event.currentTarget.form, {
              umkmClass: UMKM_CLASSES.find((value) => value === event.currentTarget.value),
            })
          }
        >
          <option value="">{t("umkm.list.all")}</option>
          {UMKM_CLASSES.map((value) => (
            <option key={value} value={value}>
              {labels.umkmClass(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-stage`}>{t("umkm.field.stage")}</label>
        <select
          id={`${id}-stage`}
          value={filter.stage ?? ""}
          onChange={(event) =>
            change(event.currentTarget.form, {
              stage: SEVEN_PAS_STAGES.find((value) => value === event.currentTarget.value),
            })
          }
        >
          <option value="">{t("umkm.list.all")}</option>
          {SEVEN_PAS_STAGES.map((value) => (
            <option key={value} value={value}>
              {labels.stage(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-vendor`}>{t("umkm.field.streetVendor")}</label>
        <select
          id={`${id}-vendor`}
          value={filter.streetVendor === undefined ? "" : filter.streetVendor ? "ya" : "tidak"}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change(event.currentTarget.form, { streetVendor: value === "" ? undefined : value === "ya" });
          }}
        >
          <option value="">{t("umkm.list.all")}</option>
          <option value="ya">{t("umkm.list.onlyStreetVendors")}</option>
          <option value="tidak">{t("umkm.list.noStreetVendors")}</option>
        </select>
      </div>
      {filter.regionCode && (
        <p className="filter-chip">
          {t("agents.list.region")}: <strong>{names?.region?.name ?? filter.regionCode}</strong>{" "}
          <button
            type="button"
            aria-label={t("agents.list.removeRegion")}
            onClick={() => change(null, { regionCode: undefined })}
          >
            ×
          </button>
        </p>
      )}
      <button type="submit">{t("agents.submit")}</button>
    </form>
  );
}

function UmkmResults({ state, apply }: { state: UmkmListState; apply: (next: UmkmListState) => void }) {
  const t = useT();
  const client = useClient();
  const labels = useUmkmLabels();
  const variables = { filter: umkmFilterOf(state), sortKey: state.sortKey, reverse: state.reverse };
  const list = usePagedConnection(UmkmListPage_List, variables, (data) => data.umkms);
  const onSort = useCallback(
    (next: SortState) => apply({ ...state, sortKey: next.sortKey as UmkmSortKey, reverse: next.reverse }),
    [state, apply],
  );

  const columns: Column<UmkmRow>[] = [
    {
      key: "businessName",
      header: t("umkm.field.businessName"),
      sortKey: "BUSINESS_NAME",
      rowHeader: true,
      cell: (umkm) => <Link to={`/umkm/${encodeURIComponent(umkm.id)}`}>{umkm.businessName}</Link>,
    },
    { key: "ownerName", header: t("umkm.field.ownerName"), sortKey: "OWNER_NAME", cell: (umkm) => umkm.ownerName },
    { key: "kecamatan", header: t("umkm.field.kecamatan"), cell: (umkm) => umkm.kecamatan.name },
    { key: "sector", header: t("umkm.field.sector"), cell: (umkm) => umkm.sector },
    { key: "class", header: t("umkm.field.class"), cell: (umkm) => labels.umkmClass(umkm.umkmClass) },
    { key: "stage", header: t("umkm.field.stage"), cell: (umkm) => umkm.stage },
    {
      key: "workers",
      header: t("umkm.field.workers"),
      sortKey: "WORKERS",
      numeric: true,
      cell: (umkm) => t.number(umkm.workers),
    },
    { key: "joinedOn", header: t("umkm.field.joinedOn"), sortKey: "JOINED_ON", cell: (umkm) => t.date(umkm.joinedOn) },
    {
      key: "covered",
      header: t("umkm.field.covered"),
      cell: (umkm) => (umkm.covered == null ? t("common.notAvailable") : umkm.covered ? t("umkm.yes") : t("umkm.no")),
    },
  ];

  const exportRows = async (onProgress: (loaded: number, total: number) => void) => {
    const rows = await fetchAllNodes(client, UmkmListPage_Export, variables, (data) => data.umkms, onProgress);
    return [
      [
        t("umkm.field.businessName"),
        t("umkm.field.ownerName"),
        t("umkm.field.kecamatanCode"),
        t("umkm.field.kecamatan"),
        t("umkm.field.village"),
        t("umkm.field.sector"),
        t("umkm.field.class"),
        t("umkm.field.stage"),
        t("umkm.field.streetVendor"),
        t("umkm.field.workers"),
        t("umkm.field.joinedOn"),
      ],
      ...rows.map((umkm) => [
        umkm.businessName,
        umkm.ownerName,
        umkm.kecamatan.code,
        umkm.kecamatan.name,
        umkm.village?.name ?? "",
        umkm.sector,
        umkm.umkmClass,
        umkm.stage,
        umkm.streetVendor ? t("umkm.yes") : t("umkm.no"),
        umkm.workers,
        umkm.joinedOn,
      ]),
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
              {t.format("umkm.list.found", { count: t.number(list.totalCount) })}
            </p>
            <CsvExport
              filename={`umkm-${new Date().toISOString().slice(0, 10)}.csv`}
              disabled={list.totalCount === 0}
              load={exportRows}
            />
          </div>
          {list.totalCount === 0 ? (
            <EmptyState message={t("umkm.list.none")} />
          ) : (
            <DataTable
              caption={t("umkm.list.title")}
              columns={columns}
              rows={list.nodes}
              rowKey={(umkm) => umkm.id}
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
