import { Link, useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { DataTable, type Column } from "../../components/DataTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { formatMonth, formatShare, isMonth } from "./months";
import { usePages } from "./pages";
import { statementPath, type StatementFilter } from "./StatementTable";
import {
  StatementPage_Contributions,
  StatementPage_NewParticipants,
  StatementPage_Statement,
} from "./StatementPage.graphql";
import "./commissions.css";

type Statement = ResultOf<typeof StatementPage_Statement>["commissionStatements"]["nodes"][number];
type ContributionRow = NonNullable<
  ResultOf<typeof StatementPage_Contributions>["commissionStatements"]["nodes"][number]
>["contributions"]["nodes"][number];
type ParticipantRow = NonNullable<
  ResultOf<typeof StatementPage_NewParticipants>["commissionStatements"]["nodes"][number]
>["newParticipants"]["nodes"][number];

/**
 * /komisi/pernyataan/:agentId/:month?kantor=…: one statement worked step by step from the figures the API
 * stored, with the scheme row that applied, the contributions counted and the new participants counted.
 */
export function StatementPage() {
  const t = useT();
  const { agentId = "", month = "" } = useParams();
  const [searchParams] = useSearchParams();
  const officeId = searchParams.get("kantor") ?? undefined;
  const filter: StatementFilter = { agentId, month, ...(officeId ? { officeId } : {}) };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: StatementPage_Statement,
    variables: { filter },
    pause: !isMonth(month),
  });
  const statements = data?.commissionStatements.nodes ?? [];
  const statement = statements[0];

  return (
    <>
      <nav className="breadcrumbs" aria-label={t("commissions.detail.breadcrumbs")}>
        <ol>
          <li>
            <Link to={`/komisi?bulan=${month}${officeId ? `&kantor=${encodeURIComponent(officeId)}` : ""}`}>
              {t("commissions.detail.back")}
            </Link>
          </li>
          <li aria-current="page">{isMonth(month) ? formatMonth(month, t.language) : month}</li>
        </ol>
      </nav>
      {fetching && !data && <LoadingState />}
      {error && !data && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {(!isMonth(month) || (data && !statement)) && (
        <>
          <h1>{t("commissions.title")}</h1>
          <p className="state">{t("commissions.detail.notFound")}</p>
        </>
      )}
      {statement && <StatementDetail statement={statement} filter={{ ...filter, officeId: statement.office.id }} />}
      {statements.length > 1 && (
        <aside className="commissions-other-offices">
          <p>{t("commissions.detail.otherOffices")}</p>
          <ul>
            {statements.slice(1).map((other) => (
              <li key={other.id}>
                <Link to={statementPath(other)}>{other.office.name}</Link>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </>
  );
}

function StatementDetail({ statement, filter }: { statement: Statement; filter: StatementFilter }) {
  const t = useT();
  const { scheme } = statement;
  const bonusEarned = statement.newParticipantsCount >= scheme.bonusThreshold;
  const closedAt = statement.closedAt.slice(0, 10);
  const steps: { label: string; value: string; result?: boolean }[] = [
    {
      label: t.format("commissions.detail.step.contributions", { count: t.number(statement.contributionsCount) }),
      value: t.rupiah(statement.contributionsTotal),
    },
    {
      label: t.format("commissions.detail.step.incentive", { rate: formatShare(scheme.incentiveRate, t.language) }),
      value: t.rupiah(statement.incentive),
    },
    {
      label: t.format(bonusEarned ? "commissions.detail.step.bonusEarned" : "commissions.detail.step.bonusMissed", {
        count: t.number(statement.newParticipantsCount),
        threshold: t.number(scheme.bonusThreshold),
      }),
      value: t.rupiah(statement.bonus),
    },
    { label: t("commissions.detail.step.total"), value: t.rupiah(statement.total), result: true },
    {
      label: t.format("commissions.detail.step.agentShare", { rate: formatShare(scheme.agentShare, t.language) }),
      value: t.rupiah(statement.agentShare),
    },
    { label: t("commissions.detail.step.officeShare"), value: t.rupiah(statement.officeShare) },
  ];

  return (
    <>
      <h1>
        {t.format("commissions.detail.title", { agent: `${statement.agent.agentNumber} ${statement.agent.name}` })}
      </h1>
      <p className="commissions-intro">
        {t.format("commissions.detail.summary", {
          month: formatMonth(statement.month, t.language),
          office: statement.office.name,
          closedAt: t.date(closedAt),
        })}{" "}
        <Link to={`/agen/${encodeURIComponent(statement.agent.id)}`}>{statement.agent.agentNumber}</Link>
      </p>
      <section aria-labelledby="commissions-calculation">
        <h2 id="commissions-calculation">{t("commissions.detail.calculation")}</h2>
        <table className="commissions-calculation">
          <caption className="visually-hidden">{t("commissions.detail.calculation")}</caption>
          <tbody>
            {steps.map((step) => (
              <tr key={step.label} className={step.result ? "commissions-result" : undefined}>
                <th scope="row">{step.label}</th>
                <td className="num">{step.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="commissions-scheme">
          {t.format("commissions.detail.scheme", {
            rate: formatShare(scheme.incentiveRate, t.language),
            bonus: t.rupiah(scheme.bonusAmount),
            threshold: t.number(scheme.bonusThreshold),
            agentShare: formatShare(scheme.agentShare, t.language),
            validFrom: t.date(scheme.validFrom),
            validTo: scheme.validTo ? t.format("commissions.detail.schemeUntil", { date: t.date(scheme.validTo) }) : "",
          })}{" "}
          {scheme.legalBasis && t.format("commissions.detail.legalBasis", { basis: scheme.legalBasis })}
        </p>
      </section>
      <ContributionLines filter={filter} />
      <NewParticipants filter={filter} />
    </>
  );
}

function ContributionLines({ filter }: { filter: StatementFilter }) {
  const t = useT();
  const list = usePages(
    StatementPage_Contributions,
    { filter },
    (data) => data.commissionStatements.nodes[0]?.contributions,
    { pageSize: 100 },
  );
  const columns: Column<ContributionRow>[] = [
    {
      key: "participant",
      header: t("commissions.col.participant"),
      rowHeader: true,
      cell: (row) => <Link to={`/peserta/${encodeURIComponent(row.participant.id)}`}>{row.participant.name}</Link>,
    },
    {
      key: "kpj",
      header: t("commissions.col.kpj"),
      cell: (row) => <span className="mono">{row.participant.kpjNumber}</span>,
    },
    { key: "period", header: t("commissions.col.period"), cell: (row) => formatMonth(row.period, t.language) },
    { key: "amount", header: t("commissions.col.amount"), numeric: true, cell: (row) => t.rupiah(row.total) },
    { key: "paidOn", header: t("commissions.col.paidOn"), cell: (row) => t.date(row.paidOn) },
  ];
  return (
    <section aria-labelledby="commissions-lines">
      <h2 id="commissions-lines">{t("commissions.detail.contributions")}</h2>
      {list.loading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={list.refetch} />}
      {list.totalCount !== undefined && (
        <>
          <p className="result-count">
            {t.format("commissions.detail.contributionsCount", { count: t.number(list.totalCount) })}
          </p>
          {list.totalCount === 0 ? (
            <EmptyState message={t("commissions.detail.noContributions")} />
          ) : (
            <DataTable
              caption={t("commissions.detail.contributions")}
              columns={columns}
              rows={list.rows}
              rowKey={(row) => row.id}
              totalCount={list.totalCount}
              onEndReached={list.loadMore}
              loadingMore={list.loadingMore}
              height={420}
            />
          )}
        </>
      )}
    </section>
  );
}

function NewParticipants({ filter }: { filter: StatementFilter }) {
  const t = useT();
  const list = usePages(
    StatementPage_NewParticipants,
    { filter },
    (data) => data.commissionStatements.nodes[0]?.newParticipants,
    { pageSize: 100 },
  );
  const columns: Column<ParticipantRow>[] = [
    {
      key: "participant",
      header: t("commissions.col.participant"),
      rowHeader: true,
      cell: (row) => <Link to={`/peserta/${encodeURIComponent(row.id)}`}>{row.name}</Link>,
    },
    { key: "kpj", header: t("commissions.col.kpj"), cell: (row) => <span className="mono">{row.kpjNumber}</span> },
    { key: "registeredOn", header: t("commissions.col.registeredOn"), cell: (row) => t.date(row.registeredOn) },
  ];
  return (
    <section aria-labelledby="commissions-new">
      <h2 id="commissions-new">{t("commissions.detail.newParticipants")}</h2>
      {list.loading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={list.refetch} />}
      {list.totalCount !== undefined && (
        <>
          <p className="result-count">
            {t.format("commissions.detail.newParticipantsCount", { count: t.number(list.totalCount) })}
          </p>
          {list.totalCount === 0 ? (
            <EmptyState message={t("commissions.detail.noNewParticipants")} />
          ) : (
            <DataTable
              caption={t("commissions.detail.newParticipants")}
              columns={columns}
              rows={list.rows}
              rowKey={(row) => row.id}
              totalCount={list.totalCount}
              onEndReached={list.loadMore}
              loadingMore={list.loadingMore}
              height={320}
            />
          )}
        </>
      )}
    </section>
  );
}
