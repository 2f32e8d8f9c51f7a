import { useDeferredValue, useId, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useClient, useQuery } from "urql";
import { useSession } from "../../auth/session";
import { DataTable, type Column } from "../../components/DataTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT, type MessageKey } from "../../i18n/i18n";
import { fetchAllNodes } from "../../lib/csv";
import { CsvExport } from "../../components/CsvExport";
import { usePagedConnection } from "../../components/paged-connection";
import { OfficePicker } from "../agents/pickers";
import { formatMonth } from "../dashboard/months";
import { FollowUpTabs } from "./FollowUpTabs";
import { AgentPicker_Search, RemindersPage_FilterNames, RemindersPage_List } from "./RemindersPage.graphql";

type ReminderRow = ResultOf<typeof RemindersPage_List>["paymentReminders"]["nodes"][number];
type T = ReturnType<typeof useT>;

const STATES = ["OVERDUE", "LAPSED"] as const;
type ReminderState = (typeof STATES)[number];

interface ReminderFilter {
  officeId?: string;
  agentId?: string;
  state?: ReminderState;
}

/** ?kantor=<office id>&agen=<agent id>&status=OVERDUE|LAPSED */
function filterFromParams(params: URLSearchParams): ReminderFilter {
  const state = params.get("status");
  return {
    officeId: params.get("kantor") || undefined,
    agentId: params.get("agen") || undefined,
    state: STATES.find((value) => value === state),
  };
}

function filterToParams(filter: ReminderFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.officeId) params.set("kantor", filter.officeId);
  if (filter.agentId) params.set("agen", filter.agentId);
  if (filter.state) params.set("status", filter.state);
  return params;
}

/**
 * The reminder list: participants with a month unpaid past its due date, most urgent first. An agent sees their own
 * participants; the other roles see their scope and may narrow it to an office or an agent.
 */
export function RemindersPage() {
  const t = useT();
  const role = useSession()?.user.role;
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFromParams(searchParams);
  const apply = (next: ReminderFilter) => setSearchParams(filterToParams(next));
  const viewKey = filterToParams(filter).toString();

  return (
    <>
      <FollowUpTabs />
      <h2>{t("followups.reminders.title")}</h2>
      <p className="followup-intro">
        {t(role === "AGENT" ? "followups.reminders.introAgent" : "followups.reminders.intro")}
      </p>
      <ReminderFilters key={`filters?${viewKey}`} filter={filter} apply={apply} chooseWho={role !== "AGENT"} />
      <ReminderResults key={`results?${viewKey}`} filter={filter} />
    </>
  );
}

function ReminderFilters({
  filter,
  apply,
  chooseWho,
}: {
  filter: ReminderFilter;
  apply: (next: ReminderFilter) => void;
  chooseWho: boolean;
}) {
  const t = useT();
  const id = useId();
  const [{ data: names }] = useQuery({
    query: RemindersPage_FilterNames,
    variables: {
      officeId: filter.officeId ?? "",
      agentId: filter.agentId ?? "",
      withOffice: Boolean(filter.officeId),
      withAgent: Boolean(filter.agentId),
    },
    pause: !filter.officeId && !filter.agentId,
  });
  return (
    <div className="filters followup-filters" role="search" aria-label={t("followups.reminders.filters")}>
      <div className="filter-field">
        <label htmlFor={`${id}-state`}>{t("followups.reminders.state")}</label>
        <select
          id={`${id}-state`}
          value={filter.state ?? ""}
          onChange={(event) => {
            const value = event.currentTarget.value;
            apply({ ...filter, state: STATES.find((state) => state === value) });
          }}
        >
          <option value="">{t("followups.reminders.stateAll")}</option>
          {STATES.map((state) => (
            <option key={state} value={state}>
              {t(`followups.paymentState.${state}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      {chooseWho && (
        <>
          <div className="filter-office">
            <OfficePicker
              label={t("followups.office")}
              value={
                filter.officeId
                  ? {
                      id: filter.officeId,
                      name: names?.perisaiOffice?.name ?? t("state.loading"),
                      region: { code: "", name: "" },
                    }
                  : null
              }
              onChange={(office) => apply({ ...filter, officeId: office?.id })}
            />
          </div>
          <div className="filter-office">
            <AgentPicker
              value={
                filter.agentId
                  ? {
                      id: filter.agentId,
                      label: names?.agent ? `${names.agent.agentNumber} · ${names.agent.name}` : t("state.loading"),
                    }
                  : null
              }
              onChange={(agentId) => apply({ ...filter, agentId })}
            />
          </div>
        </>
      )}
    </div>
  );
}

/** Chooses an agent by typing part of the name or number; the matches are buttons below the field. */
function AgentPicker({
  value,
  onChange,
}: {
  value: { id: string; label: string } | null;
  onChange: (agentId: string | undefined) => void;
}) {
  const t = useT();
  const id = useId();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: AgentPicker_Search,
    variables: { search: deferred },
    pause: value !== null || deferred.length < 2,
  });
  if (value) {
    return (
      <div className="field">
        <span id={`${id}-label`}>{t("followups.agent")}</span>
        <div className="picked" role="group" aria-labelledby={`${id}-label`}>
          <strong>{value.label}</strong>{" "}
          <button type="button" onClick={() => onChange(undefined)}>
            {t("followups.agentPicker.change")}
          </button>
        </div>
      </div>
    );
  }
  const matches = data?.agents.nodes ?? [];
  return (
    <div className="field">
      <label htmlFor={id}>{t("followups.agent")}</label>
      <input
        id={id}
        type="search"
        value={search}
        autoComplete="off"
        placeholder={t("followups.agentPicker.placeholder")}
        aria-describedby={`${id}-results`}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div id={`${id}-results`} aria-live="polite">
        {deferred.length >= 2 && fetching && !data && <LoadingState />}
        {deferred.length >= 2 && data && matches.length === 0 && (
          <p className="field-hint">{t("followups.agentPicker.none")}</p>
        )}
        {matches.length > 0 && (
          <ul className="picker-results" aria-label={t("followups.agentPicker.results")}>
            {matches.map((agent) => (
              <li key={agent.id}>
                <button type="button" onClick={() => onChange(agent.id)}>
                  {agent.agentNumber} <small>{agent.name}</small>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function ReminderResults({ filter }: { filter: ReminderFilter }) {
  const t = useT();
  const client = useClient();
  const role = useSession()?.user.role;
  const variables = { filter: apiFilter(filter) };
  const list = usePagedConnection(RemindersPage_List, variables, (data) => data.paymentReminders);
  const columns = reminderColumns(t, role !== "AGENT");

  const exportRows = async (onProgress: (loaded: number, total: number) => void) => {
    const rows = await fetchAllNodes(
      client,
      RemindersPage_List,
      variables,
      (data) => data.paymentReminders,
      onProgress,
    );
    const exported = columns.filter((column) => column.key !== "action");
    return [
      exported.map((column) => column.csvHeader),
      ...rows.map((row) => exported.map((column) => column.csv(row))),
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
              {t.format("followups.reminders.found", { count: t.number(list.totalCount) })}
            </p>
            <CsvExport
              filename={`pengingat-iuran-${new Date().toISOString().slice(0, 10)}.csv`}
              disabled={list.totalCount === 0}
              load={exportRows}
            />
          </div>
          {list.totalCount === 0 ? (
            <EmptyState message={t("followups.reminders.none")} />
          ) : (
            <DataTable
              caption={t("followups.reminders.caption")}
              columns={columns}
              rows={list.nodes}
              rowKey={(row) => row.id}
              totalCount={list.totalCount}
              onEndReached={list.loadMore}
              loadingMore={list.loadingMore}
            />
          )}
        </>
      )}
    </>
  );
}

function apiFilter(filter: ReminderFilter): ReminderFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}

type ReminderColumn = Column<ReminderRow> & { csvHeader: string; csv: (row: ReminderRow) => string | number | null };

function reminderColumns(t: T, withAgent: boolean): ReminderColumn[] {
  const month = (period: string | null | undefined) =>
    period ? formatMonth(period, t.language, "long") : t("common.notAvailable");
  const stateLabel = (state: string) => t(`followups.paymentState.${state}` as MessageKey);
  const columns: (ReminderColumn | false)[] = [
    {
      key: "participant",
      header: t("followups.reminders.participant"),
      rowHeader: true,
      cell: (row) => <Link to={`/peserta/${encodeURIComponent(row.id)}`}>{row.name}</Link>,
      csvHeader: t("followups.reminders.participant"),
      csv: (row) => row.name,
    },
    {
      key: "kpj",
      header: t("followups.reminders.kpj"),
      cell: (row) => <span className="mono">{row.kpjNumber}</span>,
      csvHeader: t("followups.reminders.kpj"),
      csv: (row) => row.kpjNumber,
    },
    {
      key: "phone",
      header: t("followups.reminders.phone"),
      cell: (row) => <span className="mono">{row.phone ?? t("common.notAvailable")}</span>,
      csvHeader: t("followups.reminders.phone"),
      csv: (row) => row.phone ?? null,
    },
    withAgent && {
      key: "agent",
      header: t("followups.agent"),
      cell: (row) =>
        row.agent ? (
          <Link to={`/agen/${encodeURIComponent(row.agent.id)}`}>{row.agent.agentNumber}</Link>
        ) : (
          t("common.notAvailable")
        ),
      csvHeader: t("followups.agent"),
      csv: (row) => row.agent?.agentNumber ?? null,
    },
    {
      key: "unpaid",
      header: t("followups.reminders.unpaidMonths"),
      numeric: true,
      cell: (row) => t.number(row.paymentStatus.unpaidMonths),
      csvHeader: t("followups.reminders.unpaidMonths"),
      csv: (row) => row.paymentStatus.unpaidMonths,
    },
    {
      key: "oldest",
      header: t("followups.reminders.oldestUnpaid"),
      cell: (row) => month(row.paymentStatus.oldestUnpaidPeriod),
      csvHeader: t("followups.reminders.oldestUnpaid"),
      csv: (row) => row.paymentStatus.oldestUnpaidPeriod ?? null,
    },
    {
      key: "due",
      header: t("followups.reminders.dueOn"),
      cell: (row) => t.date(row.paymentStatus.dueOn),
      csvHeader: t("followups.reminders.dueOn"),
      csv: (row) => row.paymentStatus.dueOn ?? null,
    },
    {
      key: "state",
      header: t("followups.reminders.state"),
      cell: (row) => (
        <span className={`badge badge-payment-${row.paymentStatus.state.toLowerCase()}`}>
          {stateLabel(row.paymentStatus.state)}
        </span>
      ),
      csvHeader: t("followups.reminders.state"),
      csv: (row) => stateLabel(row.paymentStatus.state),
    },
    {
      key: "action",
      header: <span className="visually-hidden">{t("followups.reminders.action")}</span>,
      cell: (row) => (
        <Link
          className="row-link"
          to={`/peserta/${encodeURIComponent(row.id)}`}
          aria-label={t.format("followups.reminders.recordFor", { name: row.name })}
        >
          {t("followups.reminders.record")}
        </Link>
      ),
      csvHeader: "",
      csv: () => null,
    },
  ];
  return columns.filter((column): column is ReminderColumn => column !== false);
}
