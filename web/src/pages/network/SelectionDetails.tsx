import { Link } from "react-router";
import { useQuery } from "urql";
import { AgentStatusBadge } from "../../components/AgentStatusBadge";
import { ErrorState } from "../../components/Status";
import { useT, type MessageKey } from "../../i18n/i18n";
import { NetworkPage_SelectedAgent } from "./NetworkPage.graphql";
import { ancestorsOf, type OfficeTree, type TreeOffice } from "./officeTree";

/** What the selected office or agent is, with its counts and a link to its page; announced when it changes. */
export function SelectionDetails({ tree, selected }: { tree: OfficeTree; selected: string | null }) {
  const t = useT();
  const office = selected ? tree.byId.get(selected) : undefined;
  return (
    <section className="network-details" aria-labelledby="network-details-title" aria-live="polite">
      <h2 id="network-details-title">{t("network.details")}</h2>
      {office ? (
        <OfficeDetails tree={tree} office={office} />
      ) : selected ? (
        <AgentDetails tree={tree} id={selected} />
      ) : (
        <p className="state">{t("network.nothingSelected")}</p>
      )}
    </section>
  );
}

function OfficeDetails({ tree, office }: { tree: OfficeTree; office: TreeOffice }) {
  const t = useT();
  const path = ancestorsOf(tree, office.id).map((id) => tree.byId.get(id)!);
  return (
    <>
      <h3>{office.name}</h3>
      {path.length > 0 && (
        <nav aria-label={t("network.path")} className="breadcrumbs">
          <ol>
            {path.map((ancestor) => (
              <li key={ancestor.id}>{ancestor.name}</li>
            ))}
          </ol>
        </nav>
      )}
      <dl className="details">
        <dt>{t("network.region")}</dt>
        <dd>{office.regionName ?? t("common.notAvailable")}</dd>
        <dt>{t("network.status")}</dt>
        <dd>{t(`network.officeStatus.${office.status}` as MessageKey)}</dd>
        <dt>{t("network.subOfficesLabel")}</dt>
        <dd>
          {t.format("network.subOfficesDetail", {
            direct: t.number(office.children.length),
            all: t.number(office.subtree.offices - 1),
          })}
        </dd>
        <dt>{t("network.agentsLabel")}</dt>
        <dd>
          {t.format("network.agentsActiveOfTotal", {
            active: t.number(office.agentsActive),
            total: t.number(office.agentsTotal),
          })}
        </dd>
        <dt>{t("network.participantsLabel")}</dt>
        <dd>
          {t.format("network.participantsDetail", {
            active: t.number(office.participantsActive),
            total: t.number(office.participantsTotal),
          })}
        </dd>
        {office.children.length > 0 && (
          <>
            <dt>{t("network.subtreeLabel")}</dt>
            <dd>
              {t.format("network.subtreeDetail", {
                active: t.number(office.subtree.agentsActive),
                total: t.number(office.subtree.agentsTotal),
                participants: t.number(office.subtree.participantsActive),
              })}
            </dd>
          </>
        )}
      </dl>
      <p>
        <Link to={`/kantor/${encodeURIComponent(office.id)}`}>{t("network.openOffice")}</Link>
      </p>
    </>
  );
}

function AgentDetails({ tree, id }: { tree: OfficeTree; id: string }) {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: NetworkPage_SelectedAgent, variables: { id } });
  if (fetching && !data) return <p className="state">{t("state.loading")}</p>;
  if (error && !data) return <ErrorState error={error} />;
  const agent = data?.node?.__typename === "Agent" ? data.node : null;
  if (!agent) return <p className="state">{t("network.selectionGone")}</p>;
  const office = tree.byId.get(agent.office.id);
  return (
    <>
      <h3>
        <span className="mono">{agent.agentNumber}</span> {agent.name}
      </h3>
      <dl className="details">
        <dt>{t("network.status")}</dt>
        <dd>
          <AgentStatusBadge status={agent.status} />
        </dd>
        <dt>{t("network.office")}</dt>
        <dd>{office?.name ?? t("common.notAvailable")}</dd>
        <dt>{t("network.participantsLabel")}</dt>
        <dd>
          {agent.coverage
            ? t.format("network.participantsDetail", {
                active: t.number(agent.coverage.participantsActive),
                total: t.number(agent.coverage.participantsTotal),
              })
            : t("common.notAvailable")}
        </dd>
      </dl>
      <p>
        <Link to={`/agen/${encodeURIComponent(agent.id)}`}>
          {t.format("network.openAgent", { number: agent.agentNumber })}
        </Link>
      </p>
    </>
  );
}
