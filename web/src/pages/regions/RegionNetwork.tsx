import { useId } from "react";
import { Link } from "react-router";
import { AgentStatusBadge } from "../../components/AgentStatusBadge";
import { EmptyState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import type { RegionPage_Region } from "./RegionPage.graphql";

type RegionResult = ResultOf<typeof RegionPage_Region>;

/** The Kantor Perisai located in a region and the agents working there, the first of each with "see all" links. */
export function RegionNetwork({
  code,
  offices,
  agents,
}: {
  code: string;
  offices: RegionResult["perisaiOffices"];
  agents: RegionResult["agents"];
}) {
  const t = useT();
  const titleId = useId();
  const officesId = useId();
  const agentsId = useId();
  const filter = `wilayah=${encodeURIComponent(code)}`;
  return (
    <section className="region-network" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("regionPage.network")}</h2>
      <div className="region-network-lists">
        <section aria-labelledby={officesId}>
          <h3 id={officesId}>{t("regionPage.offices")}</h3>
          {offices.totalCount === 0 ? (
            <EmptyState message={t("regionPage.noOffices")} />
          ) : (
            <>
              <div className="table-scroll">
                <table>
                  <caption>
                    {t.format("regionPage.officesCaption", {
                      shown: t.number(offices.nodes.length),
                      total: t.number(offices.totalCount),
                    })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("regionPage.officeName")}</th>
                      <th scope="col">{t("regionPage.officeRegion")}</th>
                      <th scope="col">{t("regionPage.officeEstablished")}</th>
                      <th scope="col" className="num">
                        {t("regionPage.officeActiveAgents")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {offices.nodes.map((office) => (
                      <tr key={office.id}>
                        <th scope="row">
                          <Link to={`/kantor/${office.id}`}>{office.name}</Link>
                          {office.pioneer && <span className="badge badge-active">{t("regionPage.pioneer")}</span>}
                        </th>
                        <td>{office.region.name}</td>
                        <td>{t.date(office.establishedOn)}</td>
                        <td className="num">{t.number(office.agentCount)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="see-all">
                <Link to={`/kantor?${filter}`}>
                  {t.format("regionPage.seeAllOffices", { total: t.number(offices.totalCount) })}
                </Link>
              </p>
            </>
          )}
        </section>
        <section aria-labelledby={agentsId}>
          <h3 id={agentsId}>{t("regionPage.agents")}</h3>
          {agents.totalCount === 0 ? (
            <EmptyState message={t("regionPage.noAgents")} />
          ) : (
            <>
              <div className="table-scroll">
                <table>
                  <caption>
                    {t.format("regionPage.agentsCaption", {
                      shown: t.number(agents.nodes.length),
                      total: t.number(agents.totalCount),
                    })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("agent.number")}</th>
                      <th scope="col">{t("agent.name")}</th>
                      <th scope="col">{t("agent.status")}</th>
                      <th scope="col">{t("agent.office")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {agents.nodes.map((agent) => (
                      <tr key={agent.id}>
                        <th scope="row">
                          <Link to={`/agen/${agent.id}`} className="mono">
                            {agent.agentNumber}
                          </Link>
                        </th>
                        <td>{agent.name}</td>
                        <td>
                          <AgentStatusBadge status={agent.status} />
                        </td>
                        <td>
                          <Link to={`/kantor/${agent.office.id}`}>{agent.office.name}</Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="see-all">
                <Link to={`/agen?${filter}`}>
                  {t.format("regionPage.seeAllAgents", { total: t.number(agents.totalCount) })}
                </Link>
              </p>
            </>
          )}
        </section>
      </div>
    </section>
  );
}
