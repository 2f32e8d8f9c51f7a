import { useMemo } from "react";
import { useQuery } from "urql";
import { Figures, useCoverageFigures } from "../../components/Figures";
import { ProvinceTileMap } from "../../components/map/ProvinceTileMap";
import { RegionTable } from "../../components/RegionTable";
import { ErrorState, LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { sortByCoverageRate, sumCoverage } from "../../lib/coverage";
import { BehindTarget } from "./BehindTarget";
import { DashboardPage_Overview } from "./DashboardPage.graphql";
import { MonthlyTrends } from "./MonthlyTrends";
import { everyMonth, FIRST_MONTH, formatMonth, jakartaMonth } from "./months";
import "./dashboard.css";

export function DashboardPage() {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DashboardPage_Overview,
    variables: { since: FIRST_MONTH },
  });
  const provinces = useMemo(() => data?.regions.nodes ?? [], [data]);
  const national = useMemo(() => sumCoverage(provinces), [provinces]);
  const sorted = useMemo(() => sortByCoverageRate(provinces), [provinces]);
  const coverageFigures = useCoverageFigures(national);
  const thisMonth = jakartaMonth();
  const months = useMemo(() => everyMonth(data?.monthlyTotals ?? [], FIRST_MONTH, thisMonth), [data, thisMonth]);
  const [previous, current] = months.slice(-2);
  const mapProvinces = useMemo(
    () => provinces.map(({ code, name, coverage }) => ({ code, name, rate: coverage?.rate })),
    [provinces],
  );

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
              { label: "dashboard.figures.enrolmentsThisMonth", value: t.number(current?.enrolments ?? 0) },
              { label: "dashboard.figures.contributionsThisMonth", value: t.rupiah(current?.contributionsTotal ?? 0) },
              { label: "dashboard.figures.contributionsLastMonth", value: t.rupiah(previous?.contributionsTotal ?? 0) },
            ]}
          />
          <p className="section-hint figures-note">
            {t.format("dashboard.figures.asOfMonth", { month: formatMonth(thisMonth, t.language, "long") })}
          </p>
          <ProvinceTileMap provinces={mapProvinces} />
          <MonthlyTrends months={months} />
          <BehindTarget />
          <RegionTable caption={t("dashboard.provinces")} regions={sorted} />
        </>
      )}
    </>
  );
}
