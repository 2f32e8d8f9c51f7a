import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { Figures, useCoverageFigures } from "../../components/Figures";
import { RegionTable } from "../../components/RegionTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { useT, type MessageKey } from "../../i18n/i18n";
import { RegionNetwork } from "./RegionNetwork";
import { RegionPage_Region } from "./RegionPage.graphql";
import "../dashboard/dashboard.css";

export function RegionPage() {
  const t = useT();
  const { code = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RegionPage_Region, variables: { code } });
  // urql keeps the previous region while the next one loads: show it as loading, not as the region asked for.
  const current = data?.region?.code === code ? data : undefined;
  const region = current?.region;
  const coverageFigures = useCoverageFigures(region?.coverage);

  if (fetching && !current) return <LoadingState />;
  if (error && !region) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!region || !current)
    return (
      <>
        <EmptyState message={t("state.regionNotFound")} />
        <Link to="/">{t("state.backHome")}</Link>
      </>
    );

  return (
    <>
      <nav aria-label={t("region.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">Indonesia</Link>
          </li>
          {region.ancestors.map((ancestor) => (
            <li key={ancestor.code}>
              <Link to={`/wilayah/${ancestor.code}`}>{ancestor.name}</Link>
            </li>
          ))}
          <li aria-current="page">{region.name}</li>
        </ol>
      </nav>
      <h1>
        {region.name}{" "}
        <small>
          {t(`level.${region.level}` as MessageKey)} · {region.code}
        </small>
      </h1>
      {error && <ErrorState error={error} />}
      <Figures
        figures={[
          { label: "figures.offices", value: t.number(current.perisaiOffices.totalCount) },
          { label: "figures.activeAgents", value: t.number(current.activeAgents.totalCount) },
          ...coverageFigures,
        ]}
      />
      {region.level !== "VILLAGE" && <RegionTable caption={t("region.children")} regions={region.children.nodes} />}
      <RegionNetwork code={region.code} offices={current.perisaiOffices} agents={current.agents} />
    </>
  );
}
