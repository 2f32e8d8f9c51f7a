import { useId, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { useSession } from "../../auth/session";
import type { SortState } from "../../components/DataTable";
import { Figures } from "../../components/Figures";
import { ErrorState, LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import {
  CommissionsPage_Close,
  CommissionsPage_OfficeStatement,
  CommissionsPage_Viewer,
} from "./CommissionsPage.graphql";
import { defaultMonth, formatMonth, isMonth, jakartaMonth, monthsUntil } from "./months";
import { StatementTable, type StatementSortKey } from "./StatementTable";
import "./commissions.css";

const SORT_KEYS: readonly StatementSortKey[] = ["TOTAL", "MONTH"];

/** The sort in the URL (?urut=TOTAL&balik=1), or the view's own default. */
function sortFromUrl(params: URLSearchParams, fallback: StatementSortKey) {
  const sortKey = SORT_KEYS.find((key) => key === params.get("urut")) ?? fallback;
  return { sortKey, reverse: params.has("balik") ? params.get("balik") === "1" : true };
}

/**
 * /komisi: an agent's own statements month by month; for the other roles one office's month (?kantor=…&bulan=…)
 * with its headline figures, its agents' statements and, for those who may, the monthly close.
 */
export function CommissionsPage() {
  const session = useSession();
  return session?.user.role === "AGENT" ? <AgentCommissions /> : <OfficeCommissions />;
}

function AgentCommissions() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CommissionsPage_Viewer,
    variables: { withOffices: false },
  });
  const sort = sortFromUrl(searchParams, "MONTH");
  const agent = data?.me?.agent;

  return (
    <>
      <h1>{t("commissions.agent.title")}</h1>
      <p className="commissions-intro">{t("commissions.agent.intro")}</p>
      {fetching && !data && <LoadingState />}
      {error && !data && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {data && !agent && <p className="state">{t("commissions.agent.noRecord")}</p>}
      {agent && (
        <StatementTable
          key={searchParams.toString()}
          view="agent"
          filter={{ agentId: agent.id }}
          sort={sort}
          onSort={(next) => setSearchParams({ urut: next.sortKey, balik: next.reverse ? "1" : "0" })}
          csvName={`komisi-${agent.agentNumber}.csv`}
        />
      )}
    </>
  );
}

function OfficeCommissions() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CommissionsPage_Viewer,
    variables: { withOffices: true },
  });
  const id = useId();
  const currentMonth = jakartaMonth(new Date());
  const requestedMonth = searchParams.get("bulan");
  const month = isMonth(requestedMonth) && requestedMonth <= currentMonth ? requestedMonth : defaultMonth(new Date());
  const offices = data?.perisaiOffices?.nodes ?? [];
  const officeId =
    searchParams.get("kantor") ??
    data?.me?.office?.id ??
    offices.find((office) => office.pioneer)?.id ??
    offices[0]?.id ??
    null;
  const sort = sortFromUrl(searchParams, "TOTAL");

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) next.set(name, value);
    setSearchParams(next);
  };

  return (
    <>
      <h1>{t("commissions.title")}</h1>
      <p className="commissions-intro">{t("commissions.intro")}</p>
      <form
        className="filters commissions-filters"
        aria-label={t("commissions.filters")}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="commissions-field">
          <label htmlFor={`${id}-month`}>{t("commissions.month")}</label>
          <select id={`${id}-month`} value={month} onChange={(event) => update({ bulan: event.currentTarget.value })}>
            {monthsUntil(currentMonth).map((value) => (
              <option key={value} value={value}>
                {value === currentMonth
                  ? t.format("commissions.currentMonth", { month: formatMonth(value, t.language) })
                  : formatMonth(value, t.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="commissions-field">
          <label htmlFor={`${id}-office`}>{t("commissions.office")}</label>
          <select
            id={`${id}-office`}
            value={officeId ?? ""}
            disabled={!data}
            onChange={(event) => update({ kantor: event.currentTarget.value })}
          >
            {officeId && !offices.some((office) => office.id === officeId) && (
              <option value={officeId}>{data ? officeId : t("state.loading")}</option>
            )}
            {offices.map((office) => (
              <option key={office.id} value={office.id}>
                {office.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {fetching && !data && <LoadingState />}
      {error && !data && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {data && !officeId && <p className="state">{t("commissions.noOffice")}</p>}
      {officeId && (
        <OfficeMonth
          key={`${officeId}/${month}`}
          officeId={officeId}
          month={month}
          running={month >= currentMonth}
          sort={sort}
          onSort={(next) => update({ urut: next.sortKey, balik: next.reverse ? "1" : "0" })}
        />
      )}
    </>
  );
}

type Outcome =
  { kind: "closed" | "already"; offices: number; agents: number; total: number } | { kind: "failed"; message?: string };

function OfficeMonth({
  officeId,
  month,
  running,
  sort,
  onSort,
}: {
  officeId: string;
  month: string;
  running: boolean;
  sort: { sortKey: StatementSortKey; reverse: boolean };
  onSort: (next: SortState) => void;
}) {
  const t = useT();
  const may = useAbilities();
  const [refresh, setRefresh] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CommissionsPage_OfficeStatement,
    variables: { officeId, month },
    requestPolicy: refresh > 0 ? "network-only" : "cache-and-network",
  });
  const monthName = formatMonth(month, t.language);
  const officeName = data?.perisaiOffice?.name ?? "";

  const closed = (result: Outcome) => {
    setOutcome(result);
    setRefresh((value) => value + 1);
  };

  return (
    <section className="commissions-office" aria-labelledby="commissions-office-title">
      <div className="commissions-heading">
        <h2 id="commissions-office-title">
          {t.format("commissions.office.heading", { office: officeName, month: monthName })}
        </h2>
        {may("closeCommissionMonth") && !running && data && (
          <CloseMonth officeId={officeId} officeName={officeName} month={month} onClosed={closed} />
        )}
      </div>
      <div role="status" aria-live="polite" className="commissions-outcome">
        {outcome && outcome.kind !== "failed" && (
          <p className={outcome.kind === "closed" ? "commissions-done" : "commissions-already"}>
            {t.format(outcome.kind === "closed" ? "commissions.close.done" : "commissions.close.already", {
              month: monthName,
              offices: t.number(outcome.offices),
              agents: t.number(outcome.agents),
              total: t.rupiah(outcome.total),
            })}
          </p>
        )}
      </div>
      {outcome?.kind === "failed" && (
        <div role="alert" className="state-error">
          <p>{t("commissions.close.failed")}</p>
          {outcome.message && <p>{outcome.message}</p>}
        </div>
      )}
      {fetching && !data && <LoadingState />}
      {error && !data && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {data && !data.own.closed && (
        <p className="commissions-notice">
          {t(running ? "commissions.office.running" : "commissions.office.notClosed")}
        </p>
      )}
      {data?.own.closed && (
        <>
          <h3 className="visually-hidden">{t("commissions.office.figures")}</h3>
          <Figures
            figures={[
              { label: "commissions.figure.contributions", value: t.rupiah(data.own.contributionsTotal) },
              { label: "commissions.figure.incentive", value: t.rupiah(data.own.incentive) },
              { label: "commissions.figure.bonus", value: t.rupiah(data.own.bonus) },
              { label: "commissions.figure.total", value: t.rupiah(data.own.total) },
              { label: "commissions.figure.agentShare", value: t.rupiah(data.own.agentShare) },
              { label: "commissions.figure.officeShare", value: t.rupiah(data.own.officeShare) },
            ]}
          />
          <p className="commissions-counts">
            {t.format("commissions.office.counts", {
              agents: t.number(data.own.agentCount),
              contributions: t.number(data.own.contributionsCount),
              participants: t.number(data.own.newParticipantsCount),
            })}
          </p>
        </>
      )}
      {data && data.subtree.officeCount > 1 && data.subtree.closedOfficeCount > 0 && (
        <p className="commissions-subtree">
          {t.format("commissions.office.subtree", {
            closed: t.number(data.subtree.closedOfficeCount),
            offices: t.number(data.subtree.officeCount),
            agents: t.number(data.subtree.agentCount),
            total: t.rupiah(data.subtree.total),
            agentShare: t.rupiah(data.subtree.agentShare),
            officeShare: t.rupiah(data.subtree.officeShare),
          })}
        </p>
      )}
      {data?.own.closed && (
        <StatementTable
          key={refresh}
          view="office"
          filter={{ officeId, month }}
          sort={sort}
          onSort={onSort}
          fresh={refresh > 0}
          csvName={`komisi-${month}-${officeName.replace(/[^\p{L}\p{N}]+/gu, "-").toLowerCase()}.csv`}
        />
      )}
    </section>
  );
}

/** The close action and its confirm dialog (a modal <dialog>: focus stays inside, Escape cancels). */
function CloseMonth({
  officeId,
  officeName,
  month,
  onClosed,
}: {
  officeId: string;
  officeName: string;
  month: string;
  onClosed: (outcome: Outcome) => void;
}) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [{ fetching }, close] = useMutation(CommissionsPage_Close);
  const monthName = formatMonth(month, t.language);

  const confirm = async () => {
    const result = await close({ input: { month, officeId } });
    dialog.current?.close();
    const payload = result.data?.closeCommissionMonth;
    if (!payload || payload.userErrors.length > 0) {
      onClosed({
        kind: "failed",
        message: payload?.userErrors.map((error) => error.message).join(" ") ?? result.error?.graphQLErrors[0]?.message,
      });
      return;
    }
    onClosed({
      kind: payload.alreadyClosed ? "already" : "closed",
      offices: payload.officeStatement?.officeCount ?? 0,
      agents: payload.officeStatement?.agentCount ?? 0,
      total: payload.officeStatement?.total ?? 0,
    });
  };

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t("commissions.close.open")}
      </button>
      <dialog
        ref={dialog}
        className="commissions-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-explain`}
      >
        <h2 id={`${id}-title`}>{t.format("commissions.close.title", { month: monthName })}</h2>
        <p id={`${id}-explain`}>{t.format("commissions.close.explain", { office: officeName, month: monthName })}</p>
        <div className="commissions-dialog-buttons">
          <button type="button" onClick={() => dialog.current?.close()} disabled={fetching}>
            {t("common.cancel")}
          </button>
          <button type="button" className="commissions-primary" onClick={confirm} disabled={fetching}>
            {fetching ? t("commissions.close.closing") : t("commissions.close.confirm")}
          </button>
        </div>
      </dialog>
    </>
  );
}
