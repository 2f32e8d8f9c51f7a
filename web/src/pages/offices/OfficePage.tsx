import { Link, useLocation, useParams } from "react-router";
import { useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { AgentStatusBadge } from "../../components/AgentStatusBadge";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { useT, type MessageKey } from "../../i18n/i18n";
import { OfficeStatusBadge } from "./OfficeStatusBadge";
import { OfficePage_Coverage, OfficePage_Office } from "./OfficePage.graphql";
import "./offices.css";

const MONTHS_SHOWN = 12;

/** "2026-10" as "Okt 2026" (id) or "Oct 2026" (en). */
function monthLabel(period: string, language: string): string {
  const date = new Date(`${period}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "id-ID", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** The calendar day in Asia/Jakarta of an instant, "YYYY-MM-DD". */
function jakartaDay(instant: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(instant));
}

/** One Kantor Perisai: its record, place in the tree, agents, coverage and recent months. */
export function OfficePage() {
  const t = useT();
  const may = useAbilities();
  const { id = "" } = useParams();
  const location = useLocation();
  const { saved, createdName } = (location.state as { saved?: boolean; createdName?: string } | null) ?? {};
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OfficePage_Office,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const office = data?.perisaiOffice;

  if (fetching && !data) return <LoadingState />;
  if (error && !office) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  // An office admin's scope is fixed at sign-in: an office they just opened shows after they sign in again.
  if (!office && createdName)
    return (
      <>
        <h1>{createdName}</h1>
        <p className="notice" role="status">
          {t("offices.detail.createdOutsideSession")}
        </p>
        <Link to="/kantor">{t("offices.detail.backToList")}</Link>
      </>
    );
  if (!office)
    return (
      <>
        <h1>{t("offices.detail.notFoundTitle")}</h1>
        <EmptyState message={t("offices.detail.notFound")} />
        <Link to="/kantor">{t("offices.detail.backToList")}</Link>
      </>
    );

  return (
    <>
      <nav aria-label={t("offices.detail.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/kantor">{t("offices.list.title")}</Link>
          </li>
          {office.ancestors.map((ancestor) => (
            <li key={ancestor.id}>
              <Link to={`/kantor/${encodeURIComponent(ancestor.id)}`}>{ancestor.name}</Link>
            </li>
          ))}
          <li aria-current="page">{office.name}</li>
        </ol>
      </nav>
      <div className="page-heading">
        <h1>
          {office.name} {office.pioneer && <span className="badge badge-pioneer">{t("offices.pioneer")}</span>}
        </h1>
        {may("manageOffices") && (
          <div className="actions">
            <Link className="button-link" to={`/kantor/${encodeURIComponent(office.id)}/ubah`}>
              {t("offices.detail.edit")}
            </Link>
            <Link className="button-link" to={`/kantor/baru?induk=${encodeURIComponent(office.id)}`}>
              {t("offices.detail.createChild")}
            </Link>
          </div>
        )}
      </div>
      {saved && (
        <p className="notice" role="status">
          {t("offices.form.saved")}
        </p>
      )}

      <dl className="details">
        <div>
          <dt>{t("offices.field.status")}</dt>
          <dd>
            <OfficeStatusBadge status={office.status} />
          </dd>
        </div>
        <div>
          <dt>{t("offices.field.region")}</dt>
          <dd>
            <Link to={`/wilayah/${office.region.code}`}>
              {office.region.name} ({t(`level.${office.region.level}` as MessageKey)}, {office.region.code})
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t("offices.field.parent")}</dt>
          <dd>
            {office.parent ? (
              <Link to={`/kantor/${encodeURIComponent(office.parent.id)}`}>{office.parent.name}</Link>
            ) : (
              t("offices.detail.noParent")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("offices.field.hostChapter")}</dt>
          <dd>{office.hostChapter?.name ?? t("common.notAvailable")}</dd>
        </div>
        <div>
          <dt>{t("offices.field.coordinator")}</dt>
          <dd>{office.hostChapter?.coordinatorName ?? t("common.notAvailable")}</dd>
        </div>
        <div>
          <dt>{t("offices.field.branch")}</dt>
          <dd>
            {office.supervisingBranch.name}
            <br />
            <small>
              {t("offices.detail.branchHead")}: {office.supervisingBranch.headName}
            </small>
          </dd>
        </div>
        <div>
          <dt>{t("offices.field.mou")}</dt>
          <dd>
            {office.mou ? (
              <Link to={`/mou/${encodeURIComponent(office.mou.id)}`}>
                {office.mou.number}
                <br />
                <small>
                  {t.date(office.mou.signedOn)}, {office.mou.place}
                </small>
              </Link>
            ) : (
              t("common.notAvailable")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("offices.field.establishedOn")}</dt>
          <dd>{t.date(office.establishedOn)}</dd>
        </div>
        <div>
          <dt>{t("offices.field.monthlyTarget")}</dt>
          <dd>{t.format("offices.detail.perMonth", { count: t.number(office.monthlyTarget) })}</dd>
        </div>
        <div>
          <dt>{t("offices.field.address")}</dt>
          <dd>{office.address ?? t("common.notAvailable")}</dd>
        </div>
        <div>
          <dt>{t("offices.field.agents")}</dt>
          <dd>
            {t.format("offices.detail.agentCounts", {
              active: t.number(office.activeAgentCount),
              all: t.number(office.agentCount),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("offices.detail.updatedAt")}</dt>
          <dd>{t.date(jakartaDay(office.updatedAt))}</dd>
        </div>
      </dl>

      <OfficeCoverage id={office.id} monthlyTarget={office.monthlyTarget} />

      <section aria-labelledby="office-children">
        <h2 id="office-children">{t("offices.detail.children")}</h2>
        {office.children.totalCount === 0 ? (
          <EmptyState message={t("offices.detail.noChildren")} />
        ) : (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t("offices.detail.children")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("offices.field.name")}</th>
                  <th scope="col">{t("offices.field.region")}</th>
                  <th scope="col">{t("offices.field.status")}</th>
                  <th scope="col" className="num">
                    {t("offices.field.agents")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {office.children.nodes.map((child) => (
                  <tr key={child.id}>
                    <th scope="row">
                      <Link to={`/kantor/${encodeURIComponent(child.id)}`}>{child.name}</Link>
                    </th>
                    <td>
                      <Link to={`/wilayah/${child.region.code}`}>{child.region.name}</Link>
                    </td>
                    <td>
                      <OfficeStatusBadge status={child.status} />
                    </td>
                    <td className="num">{t.number(child.agentCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="office-agents">
        <h2 id="office-agents">{t("offices.detail.agents")}</h2>
        {office.agents.totalCount === 0 ? (
          <EmptyState message={t("offices.detail.noAgents")} />
        ) : (
          <>
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t("offices.detail.agents")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("agent.number")}</th>
                    <th scope="col">{t("agent.name")}</th>
                    <th scope="col">{t("agent.status")}</th>
                    <th scope="col">{t("agent.appointedOn")}</th>
                  </tr>
                </thead>
                <tbody>
                  {office.agents.nodes.map((agent) => (
                    <tr key={agent.id}>
                      <th scope="row">
                        <Link to={`/agen/${encodeURIComponent(agent.id)}`}>{agent.agentNumber}</Link>
                      </th>
                      <td>{agent.name}</td>
                      <td>
                        <AgentStatusBadge status={agent.status} />
                      </td>
                      <td>{t.date(agent.appointedOn)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              <Link to={`/agen?kantor=${encodeURIComponent(office.id)}`}>
                {t.format("offices.detail.allAgents", { count: t.number(office.agents.totalCount) })}
              </Link>
            </p>
          </>
        )}
      </section>
    </>
  );
}

function OfficeCoverage({ id, monthlyTarget }: { id: string; monthlyTarget: number }) {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OfficePage_Coverage, variables: { id } });
  const coverage = data?.perisaiOffice?.coverage;
  const months = (data?.monthlyTotals ?? []).slice(-MONTHS_SHOWN).reverse();
  return (
    <>
      <section aria-labelledby="office-coverage">
        <h2 id="office-coverage">{t("offices.detail.coverage")}</h2>
        {fetching && !data ? (
          <LoadingState />
        ) : !coverage ? (
          <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />
        ) : (
          <dl className="figures office-figures">
            <div className="figure">
              <dt>{t("figures.participantsActive")}</dt>
              <dd>{t.number(coverage.participantsActive)}</dd>
            </div>
            <div className="figure">
              <dt>{t("offices.coverage.participantsTotal")}</dt>
              <dd>{t.number(coverage.participantsTotal)}</dd>
            </div>
            <div className="figure">
              <dt>{t("offices.coverage.contributionsTotal")}</dt>
              <dd>{t.rupiah(coverage.contributionsTotal)}</dd>
            </div>
            <div className="figure">
              <dt>{t("offices.coverage.contributionsCount")}</dt>
              <dd>{t.number(coverage.contributionsCount)}</dd>
            </div>
            <div className="figure">
              <dt>{t("offices.coverage.lastPeriod")}</dt>
              <dd>{coverage.lastPeriod ? monthLabel(coverage.lastPeriod, t.language) : t("common.notAvailable")}</dd>
            </div>
          </dl>
        )}
      </section>
      {data && (
        <section aria-labelledby="office-months">
          <h2 id="office-months">{t("offices.detail.months")}</h2>
          {months.length === 0 ? (
            <EmptyState message={t("offices.detail.noMonths")} />
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t("offices.detail.months")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("offices.month.period")}</th>
                    <th scope="col" className="num">
                      {t("offices.month.enrolments")}
                    </th>
                    <th scope="col" className="num">
                      {t("offices.month.target")}
                    </th>
                    <th scope="col" className="num">
                      {t("offices.month.contributionsCount")}
                    </th>
                    <th scope="col" className="num">
                      {t("offices.month.contributionsTotal")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {months.map((month) => (
                    <tr key={month.period}>
                      <th scope="row" className="mono">
                        {monthLabel(month.period, t.language)}
                      </th>
                      <td className={month.enrolments < monthlyTarget ? "num below-target" : "num"}>
                        {t.number(month.enrolments)}
                      </td>
                      <td className="num">{t.number(monthlyTarget)}</td>
                      <td className="num">{t.number(month.contributionsCount)}</td>
                      <td className="num">{t.rupiah(month.contributionsTotal)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
