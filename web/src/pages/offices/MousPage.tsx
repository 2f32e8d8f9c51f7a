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
import { MousPage_List } from "./MousPage.graphql";
import { usePagedConnection } from "../../components/paged-connection";
import { BpjsOfficePicker, ChapterPicker } from "./pickers";
import {
  MOU_SORT_KEYS,
  compact,
  mouListFromParams,
  mouListToParams,
  type MouListState,
  type MouSortKey,
} from "./url-state";
import "./offices.css";

type MouRow = ResultOf<typeof MousPage_List>["mous"]["nodes"][number];

/** MoUs between BPJAMSOSTEK offices and OK OCE chapters (/mou?cari=…&berlaku=2020-07-09&urut=nomor). */
export function MousPage() {
  const t = useT();
  const may = useAbilities();
  const [params, setParams] = useSearchParams();
  const state = mouListFromParams(params);
  const apply = (next: MouListState) => setParams(mouListToParams(next));
  const listKey = mouListToParams(state).toString();
  return (
    <>
      <div className="page-heading">
        <h1>{t("offices.mou.listTitle")}</h1>
        {may("manageMous") && (
          <Link className="button-link" to="/mou/baru">
            {t("offices.mou.create")}
          </Link>
        )}
      </div>
      <MouFilters key={`filters?${listKey}`} state={state} onApply={apply} />
      <MouResults
        key={`results?${listKey}`}
        state={state}
        onSort={(sortKey, reverse) => apply({ ...state, sortKey, reverse })}
      />
    </>
  );
}

function MouFilters({ state, onApply }: { state: MouListState; onApply: (next: MouListState) => void }) {
  const t = useT();
  const [bpjsOfficeId, setBpjsOfficeId] = useState(state.filter.bpjsOfficeId ?? "");
  const [chapterId, setChapterId] = useState(state.filter.chapterId ?? "");
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    onApply({
      filter: {
        search: value("search"),
        activeOn: value("activeOn"),
        bpjsOfficeId: bpjsOfficeId || undefined,
        chapterId: chapterId || undefined,
      },
      sortKey: (MOU_SORT_KEYS.find((key) => key === value("sortKey")) ?? "SIGNED_ON") as MouSortKey,
      reverse: form.get("reverse") === "on",
    });
  };
  return (
    <form className="filters office-filters" role="search" aria-label={t("offices.mou.filters")} onSubmit={onSubmit}>
      <label>
        <span>{t("offices.mou.search")}</span>
        <input type="search" name="search" defaultValue={state.filter.search ?? ""} autoComplete="off" />
      </label>
      <label>
        <span>{t("offices.mou.activeOn")}</span>
        <input type="date" name="activeOn" defaultValue={state.filter.activeOn ?? ""} />
      </label>
      <BpjsOfficePicker
        label={t("offices.mou.bpjsOffice")}
        value={bpjsOfficeId}
        onChange={setBpjsOfficeId}
        noneLabel={t("offices.filter.any")}
      />
      <ChapterPicker
        label={t("offices.mou.chapter")}
        value={chapterId}
        onChange={setChapterId}
        noneLabel={t("offices.filter.any")}
      />
      <label>
        <span>{t("offices.sort.label")}</span>
        <select name="sortKey" defaultValue={state.sortKey}>
          {MOU_SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`offices.mou.sort.${key}`)}
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
        <button type="button" onClick={() => onApply({ filter: {}, sortKey: "SIGNED_ON", reverse: false })}>
          {t("offices.filter.reset")}
        </button>
      </div>
    </form>
  );
}

function MouResults({
  state,
  onSort,
}: {
  state: MouListState;
  onSort: (sortKey: MouSortKey, reverse: boolean) => void;
}) {
  const t = useT();
  const client = useClient();
  const variables = { filter: compact(state.filter), sortKey: state.sortKey, reverse: state.reverse };
  const list = usePagedConnection(MousPage_List, variables, (data) => data.mous);
  const columns = useMouColumns();

  const exportCsv = async (onProgress: (loaded: number, total: number) => void) => {
    const mous = await fetchAllNodes(client, MousPage_List, variables, (data) => data.mous, onProgress);
    return mouCsvRows(t, mous);
  };

  if (list.loading)
    return (
      <>
        {list.loaders}
        <LoadingState />
      </>
    );
  if (list.error && list.totalCount === undefined)
    return (
      <>
        {list.loaders}
        <ErrorState error={list.error} onRetry={list.retry} />
      </>
    );
  return (
    <>
      {list.loaders}
      <div className="list-toolbar">
        <p className="result-count" role="status" aria-live="polite">
          {t.format("offices.mou.found", { count: t.number(list.totalCount ?? 0) })}
        </p>
        {(list.totalCount ?? 0) > 0 && <CsvExport filename={"mou.csv"} load={exportCsv} />}
      </div>
      {list.totalCount === 0 ? (
        <EmptyState message={t("offices.mou.none")} />
      ) : (
        <DataTable
          caption={t("offices.mou.listTitle")}
          columns={columns}
          rows={list.nodes}
          rowKey={(mou) => mou.id}
          totalCount={list.totalCount}
          sort={{ sortKey: state.sortKey, reverse: state.reverse }}
          onSort={(next) => onSort(next.sortKey as MouSortKey, next.reverse)}
          onEndReached={list.loadMore}
          loadingMore={list.loadingMore}
          rowHeight={64}
        />
      )}
    </>
  );
}

function useMouColumns(): Column<MouRow>[] {
  const t = useT();
  return [
    {
      key: "number",
      header: t("offices.mou.number"),
      sortKey: "NUMBER",
      rowHeader: true,
      cell: (mou) => (
        <Link to={`/mou/${encodeURIComponent(mou.id)}`} className="mono">
          {mou.number}
        </Link>
      ),
    },
    { key: "signedOn", header: t("offices.mou.signedOn"), sortKey: "SIGNED_ON", cell: (mou) => t.date(mou.signedOn) },
    { key: "place", header: t("offices.mou.placeShort"), cell: (mou) => mou.place },
    { key: "bpjs", header: t("offices.mou.bpjsOffice"), cell: (mou) => mou.bpjsOffice.name },
    { key: "chapter", header: t("offices.mou.chapter"), cell: (mou) => mou.chapter.name },
    {
      key: "validUntil",
      header: t("offices.mou.validUntilShort"),
      cell: (mou) => (mou.validUntil ? t.date(mou.validUntil) : t("offices.mou.openEnded")),
    },
    {
      key: "active",
      header: t("offices.field.status"),
      cell: (mou) => (
        <span className={mou.active ? "badge office-status-active" : "badge office-status-closed"}>
          {mou.active ? t("offices.mou.inForce") : t("offices.mou.notInForce")}
        </span>
      ),
    },
    { key: "target", header: t("offices.mou.umkmTarget"), numeric: true, cell: (mou) => t.number(mou.umkmTarget) },
  ];
}

function mouCsvRows(t: ReturnType<typeof useT>, mous: readonly MouRow[]): (string | number | null)[][] {
  const header = [
    "id",
    t("offices.mou.number"),
    t("offices.mou.title"),
    t("offices.mou.signedOn"),
    t("offices.mou.place"),
    t("offices.mou.bpjsOffice"),
    t("offices.mou.bpjsSignatory"),
    t("offices.mou.chapter"),
    t("offices.mou.okoceSignatory"),
    t("offices.mou.validFrom"),
    t("offices.mou.validUntil"),
    t("offices.mou.umkmTarget"),
    t("offices.mou.inForce"),
  ];
  const rows = mous.map((mou) => [
    mou.id,
    mou.number,
    mou.title,
    mou.signedOn,
    mou.place,
    mou.bpjsOffice.name,
    mou.bpjsSignatory,
    mou.chapter.name,
    mou.okoceSignatory,
    mou.validFrom,
    mou.validUntil ?? null,
    mou.umkmTarget,
    mou.active ? 1 : 0,
  ]);
  return [header, ...rows];
}
