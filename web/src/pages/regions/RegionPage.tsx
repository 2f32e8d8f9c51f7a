import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { Figures, useCoverageFigures } from "../../components/Figures";
import { RegionTable } from "../../components/RegionTable";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { useT, type MessageKey } from "../../i18n/i18n";
import type { CoverageFigures, RegionWithCoverage } from "../../lib/coverage";
import { RegionPage_Region } from "./RegionPage.graphql";

interface RegionResult {
  region: {
    code: string;
    name: string;
    level: string;
    ancestors: { code: string; name: string }[];
    coverage: CoverageFigures | null;
    children: { totalCount: number; nodes: RegionWithCoverage[] };
  } | null;
}

export function RegionPage() {
  const t = useT();
  const { code = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery<RegionResult>({
    query: RegionPage_Region,
    variables: { code },
  });
  const region = data?.region;
  const figures = useCoverageFigures(region?.coverage);

  if (fetching && !data) return <LoadingState />;
  if (error && !region) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!region)
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
      <Figures figures={figures} />
      {region.level !== "VILLAGE" && <RegionTable caption={t("region.children")} regions={region.children.nodes} />}
    </>
  );
}
