import { useCallback, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { DataTable, type Column, type SortState } from "../../components/DataTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf, VariablesOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { fetchAllNodes } from "../../lib/csv";
import { CsvExport } from "../../components/CsvExport";
import { ParticipantsPage_FilterOptions, ParticipantsPage_List } from "./ParticipantsPage.graphql";
import { PARTICIPANT_STATUSES, ParticipantStatusBadge, type ParticipantStatus } from "./ParticipantStatusBadge";
import { PROGRAMS, isProgram, useProgramName } from "./programs";
import "./participants.css";

const PAGE_SIZE = 50;
const SORT_KEYS = ["REGISTERED_ON", "NAME", "KPJ_NUMBER"] as const;
type SortKey = (typeof SORT_KEYS)[number];

type Filter = NonNullable<VariablesOf<typeof ParticipantsPage_List>["filter"]>;
type Row = ResultOf<typeof ParticipantsPage_List>["participants"]["nodes"][number];

/** The URL's names for the filter and the sort (/peserta?cari=siti&status=ACTIVE&urut=NAME&balik=0). */
const PARAMS = {
  search: "cari",
  status: "status",
  agentId: "agen",
  officeId: "kantor",
  regionCode: "wilayah",
  program: "program",
  registeredFrom: "dari",
  registeredTo: "sampai",
  umkmId: "umkm",
} as const satisfies Partial<Record<keyof Filter, string>>;

type FilterKey = keyof typeof PARAMS;

function filterFromUrl(params: URLSearchParams): Filter {
  const filter: Filter = {};
  const text = (name: string) => params.get(name)?.trim() || undefined;
  filter.search = text(PARAMS.search);
  const status = params.get(PARAMS.status);
  if (PARTICIPANT_STATUSES.includes(status as ParticipantStatus)) filter.status = status as ParticipantStatus;
  filter.agentId = text(PARAMS.agentId);
  filter.officeId = text(PARAMS.officeId);
  filter.umkmId = text(PARAMS.umkmId);
  const region = text(PARAMS.regionCode);
  if (region && /^\d{2}(\.\d{2}){0,2}$/.test(region)) filter.regionCode = region;
  const program = params.get(PARAMS.program);
  if (isProgram(program)) filter.program = program;
  const day = (name: string) => {
    const value = params.get(name);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  filter.registeredFrom = day(PARAMS.registeredFrom);
  filter.registeredTo = day(PARAMS.registeredTo);
  for (const key of Object.keys(filter) as (keyof Filter)[]) if (filter[key] === undefined) delete filter[key];
  return filter;
}

function sortFromUrl(params: URLSearchParams): { sortKey: SortKey; reverse: boolean } {
  const sortKey = SORT_KEYS.find((key) => key === params.get("urut")) ?? "REGISTERED_ON";
  // Newest enrolments first unless the URL says otherwise.
  const reverse = params.has("balik") ? params.get("balik") === "1" : sortKey === "REGISTERED_ON";
  return { sortKey, reverse };
}

/** Participants of the viewer's scope; every filter and the sort live in the URL. */
export function ParticipantsPage() {
  const t = useT();
  const may = useAbilities();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFromUrl(searchParams);
  const sort = sortFromUrl(searchParams);
  const identity = searchParams.toString();

  const update = (changes: Partial<Record<FilterKey | "urut" | "balik", string>>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      const name = key in PARAMS ? PARAMS[key as FilterKey] : key;
      if (value) next.set(name, value);
      else next.delete(name);
    }
    // A new office makes the chosen agent meaningless.
    if ("officeId" in changes && !("agentId" in changes)) next.delete(PARAMS.agentId);
    setSearchParams(next);
  };

  return (
    <>
      <div className="participants-heading">
        <h1>{t("participants.list.title")}</h1>
        {may("enrolParticipants") && (
          <Link className="button-link" to="/peserta/baru">
            {t("participants.list.enrol")}
          </Link>
        )}
      </div>
      <ParticipantFilters key={identity} filter={filter} onChange={update} />
      {filter.umkmId && (
        <p className="filter-note">
          <Link to={`/umkm/${encodeURIComponent(filter.umkmId)}`}>{t("participants.list.umkmOnly")}</Link>{" "}
          <button type="button" onClick={() => update({ umkmId: "" })}>
            {t("participants.list.showAllUmkm")}
          </button>
        </p>
      )}
      <ParticipantResults
        key={identity}
        filter={filter}
        sort={sort}
        onSort={(next) => update({ urut: next.sortKey, balik: next.reverse ? "1" : "0" })}
      />
    </>
  );
}

function ParticipantFilters({
  filter,
  onChange,
}: {
  filter: Filter;
  onChange: (changes: Partial<Record<FilterKey, string>>) => void;
}) {
  const t = useT();
  const may = useAbilities();
  const programName = useProgramName();
  // Agents see only their own participants: choosing an office or an agent means nothing to them.
  const chooseNetwork = may("viewOffices");
  const [{ data: options }] = useQuery({
    query: ParticipantsPage_FilterOptions,
    variables: { agentFilter: filter.officeId ? { officeId: filter.officeId } : null },
    pause: !chooseNetwork,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "").trim();
    onChange({
      search: value("search"),
      regionCode: value("regionCode"),
      registeredFrom: value("registeredFrom"),
      registeredTo: value("registeredTo"),
    });
  };

  return (
    <form className="filters" role="search" onSubmit={onSubmit} aria-label={t("participants.list.filters")}>
      <label>
        <span>{t("participants.list.search")}</span>
        <input
          type="search"
          name="search"
          defaultValue={filter.search ?? ""}
          placeholder={t("participants.list.searchPlaceholder")}
          autoComplete="off"
        />
      </label>
      <label>
        <span>{t("participants.field.status")}</span>
        <select value={filter.status ?? ""} onChange={(event) => onChange({ status: event.currentTarget.value })}>
          <option value="">{t("participants.list.all")}</option>
          {PARTICIPANT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`participants.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("participants.field.program")}</span>
        <select value={filter.program ?? ""} onChange={(event) => onChange({ program: event.currentTarget.value })}>
          <option value="">{t("participants.list.all")}</option>
          {PROGRAMS.map((program) => (
            <option key={program} value={program}>
              {program} — {programName(program)}
            </option>
          ))}
        </select>
      </label>
      {chooseNetwork && (
        <>
          <label>
            <span>{t("participants.field.office")}</span>
            <select
              value={filter.officeId ?? ""}
              onChange={(event) => onChange({ officeId: event.currentTarget.value })}
            >
              <option value="">{t("participants.list.all")}</option>
              {filter.officeId && !options?.perisaiOffices.nodes.some((office) => office.id === filter.officeId) && (
                <option value={filter.officeId}>{t("participants.list.chosen")}</option>
              )}
              {options?.perisaiOffices.nodes.map((office) => (
                <option key={office.id} value={office.id}>
                  {office.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t("participants.field.agent")}</span>
            <select value={filter.agentId ?? ""} onChange={(event) => onChange({ agentId: event.currentTarget.value })}>
              <option value="">{t("participants.list.all")}</option>
              {filter.agentId && !options?.agents.nodes.some((agent) => agent.id === filter.agentId) && (
                <option value={filter.agentId}>{t("participants.list.chosen")}</option>
              )}
              {options?.agents.nodes.map((agent) => (
                <option key={agent.id} value={agent.id}>
                  {agent.agentNumber} — {agent.name}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label>
        <span>{t("participants.list.region")}</span>
        <input
          name="regionCode"
          defaultValue={filter.regionCode ?? ""}
          placeholder="21.71.06"
          pattern="\d{2}(\.\d{2}){0,2}"
          inputMode="decimal"
          size={9}
        />
      </label>
      <label>
        <span>{t("participants.list.registeredFrom")}</span>
        <input type="date" name="registeredFrom" defaultValue={filter.registeredFrom ?? ""} />
      </label>
      <label>
        <span>{t("participants.list.registeredTo")}</span>
        <input type="date" name="registeredTo" defaultValue={filter.registeredTo ?? ""} />
      </label>
      <button type="submit">{t("participants.list.apply")}</button>
    </form>
  );
}

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The first page from the cache, later pages appended as the table scrolls; a new filter starts again. */
function ParticipantResults({
  filter,
  sort,
  onSort,
}: {
  filter: Filter;
  sort: { sortKey: SortKey; reverse: boolean };
  onSort: (next: SortState) => void;
}) {
  const t = useT();
  const client = useClient();
  const variables = { filter, sortKey: sort.sortKey, reverse: sort.reverse };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ParticipantsPage_List,
    variables: { ...variables, first: PAGE_SIZE, after: null },
  });
  const [more, setMore] = useState<{ rows: Row[]; pageInfo: PageInfo | null; loading: boolean }>({
    rows: [],
    pageInfo: null,
    loading: false,
  });
  const [moreError, setMoreError] = useState(false);

  const first = data?.participants;
  const pageInfo = more.pageInfo ?? first?.pageInfo;
  const loadMore = useCallback(async () => {
    if (more.loading || !pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    setMore((current) => ({ ...current, loading: true }));
    const result = await client
      .query(ParticipantsPage_List, { ...variables, first: PAGE_SIZE, after: pageInfo.endCursor })
      .toPromise();
    const page = result.data?.participants;
    setMoreError(!page);
    setMore((current) =>
      page
        ? { rows: [...current.rows, ...page.nodes], pageInfo: page.pageInfo, loading: false }
        : { ...current, loading: false },
    );
    // variables are rebuilt every render; the component is keyed by the URL, so they never change meanwhile.
  }, [client, more.loading, pageInfo]);

  if (fetching && !data) return <LoadingState />;
  if (error && !first) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!first) return null;

  const rows = [...first.nodes, ...more.rows];
  const columns: Column<Row>[] = [
    {
      key: "kpj",
      header: t("participants.field.kpjNumber"),
      sortKey: "KPJ_NUMBER",
      rowHeader: true,
      cell: (row) => (
        <Link className="mono" to={`/peserta/${encodeURIComponent(row.id)}`}>
          {row.kpjNumber}
        </Link>
      ),
    },
    { key: "name", header: t("participants.field.name"), sortKey: "NAME", cell: (row) => row.name },
    { key: "nik", header: t("participants.field.nik"), cell: (row) => <span className="mono">{row.nik}</span> },
    {
      key: "status",
      header: t("participants.field.status"),
      cell: (row) => <ParticipantStatusBadge status={row.status} />,
    },
    {
      key: "programs",
      header: t("participants.field.programs"),
      cell: (row) => row.programs.join(", "),
    },
    { key: "kecamatan", header: t("participants.field.kecamatan"), cell: (row) => row.kecamatan.name },
    {
      key: "agent",
      header: t("participants.field.agent"),
      cell: (row) =>
        row.agent ? <Link to={`/agen/${encodeURIComponent(row.agent.id)}`}>{row.agent.agentNumber}</Link> : "—",
    },
    {
      key: "registeredOn",
      header: t("participants.field.registeredOn"),
      sortKey: "REGISTERED_ON",
      cell: (row) => t.date(row.registeredOn),
    },
  ];

  return (
    <>
      <div className="participants-toolbar">
        <p className="result-count" role="status" aria-live="polite">
          {t.format("participants.list.found", { count: t.number(first.totalCount) })}
        </p>
        {first.totalCount > 0 && <ParticipantsCsv filter={filter} sort={sort} />}
      </div>
      {error && <ErrorState error={error} />}
      {moreError && <ErrorState onRetry={loadMore} />}
      {first.totalCount === 0 ? (
        <EmptyState message={t("participants.list.none")} />
      ) : (
        <DataTable
          caption={t("participants.list.title")}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          totalCount={first.totalCount}
          sort={sort}
          onSort={onSort}
          onEndReached={moreError ? undefined : loadMore}
          loadingMore={more.loading}
        />
      )}
    </>
  );
}

/** Every participant matching the filter (not only the loaded rows) as CSV, fetched 100 at a time. */
function ParticipantsCsv({ filter, sort }: { filter: Filter; sort: { sortKey: SortKey; reverse: boolean } }) {
  const client = useClient();
  const load = async (onProgress: (loaded: number, total: number) => void) => {
    const nodes = await fetchAllNodes(
      client,
      ParticipantsPage_List,
      { filter, sortKey: sort.sortKey, reverse: sort.reverse },
      (data) => data.participants,
      onProgress,
    );
    return [
      [
        "kpj_number",
        "name",
        "nik",
        "phone",
        "sex",
        "status",
        "programs",
        "declared_income",
        "kecamatan_code",
        "kecamatan",
        "agent_number",
        "office",
        "umkm",
        "registered_on",
      ],
      ...nodes.map((node) => [
        node.kpjNumber,
        node.name,
        node.nik,
        node.phone,
        node.sex,
        node.status,
        node.programs.join(" "),
        node.declaredIncome,
        node.kecamatan.code,
        node.kecamatan.name,
        node.agent?.agentNumber,
        node.office?.name,
        node.umkm?.businessName,
        node.registeredOn,
      ]),
    ];
  };
  return <CsvExport filename={`peserta-${new Date().toISOString().slice(0, 10)}.csv`} load={load} />;
}
