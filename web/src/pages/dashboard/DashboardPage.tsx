import { useMemo } from "react";
import { useQuery } from "urql";
import { Figures, useCoverageFigures } from "../../components/Figures";
import { RegionTable } from "../../components/RegionTable";
import { ErrorState, LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { sortByCoverageRate, sumCoverage, type RegionWithCoverage } from "../../lib/coverage";
import { DashboardPage_Overview } from "./DashboardPage.graphql";

interface Overview {
  perisaiOffices: { totalCount: number };
  agents: { totalCount: number };
  regions: { nodes: RegionWithCoverage[] };
}

export function DashboardPage() {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery<Overview>({ query: DashboardPage_Overview });
  const provinces = useMemo(() => data?.regions.nodes ?? [], [data]);
  const national = useMemo(() => sumCoverage(provinces), [provinces]);
  const sorted = useMemo(() => sortByCoverageRate(provinces), [provinces]);
  const coverageFigures = useCoverageFigures(national);

  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      {fetching && !data && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {data && (
        <>
          <Figures
            figures={[
              { label: "figures.offices", value: t.number(data.perisaiOffices.totalCount) },
              { label: "figures.activeAgents", value: t.number(data.agents.totalCount) },
              ...coverageFigures.filter(({ label }) => label !== "figures.umkmTarget"),
            ]}
          />
          <RegionTable caption={t("dashboard.provinces")} regions={sorted} />
        </>
      )}
    </>
  );
}
