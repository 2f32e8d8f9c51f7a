import { useId } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { useT, type MessageKey } from "../../i18n/i18n";
import { BehindTarget_Regions } from "./BehindTarget.graphql";

const LEVELS = ["PROVINCE", "REGENCY", "DISTRICT"] as const;
type Level = (typeof LEVELS)[number];
const LEVEL_PARAM = "tingkat";

function levelOf(value: string | null): Level {
  return LEVELS.includes(value as Level) ? (value as Level) : "REGENCY";
}

/** The regions with the most UMKM still to protect; the level is part of the URL (?tingkat=DISTRICT). */
export function BehindTarget() {
  const t = useT();
  const titleId = useId();
  const [params, setParams] = useSearchParams();
  const level = levelOf(params.get(LEVEL_PARAM));
  const [{ data, fetching, error }, refetch] = useQuery({ query: BehindTarget_Regions, variables: { level } });
  const regions = data?.regionsBehindTarget ?? [];
  const levelName = t(`level.${level}` as MessageKey);

  const chooseLevel = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === "REGENCY") updated.delete(LEVEL_PARAM);
        else updated.set(LEVEL_PARAM, next);
        return updated;
      },
      { replace: true },
    );

  return (
    <section className="behind-target" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("dashboard.behind.title")}</h2>
      <p className="section-hint">{t("dashboard.behind.hint")}</p>
      <div className="filters">
        <label>
          {t("dashboard.behind.level")}
          <select value={level} onChange={(event) => chooseLevel(event.target.value)}>
            {LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`level.${value}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div aria-live="polite">
        {fetching && !data && <LoadingState />}
        {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
        {data && regions.length === 0 && <EmptyState message={t("dashboard.behind.none")} />}
        {regions.length > 0 && (
          <div className="table-scroll">
            <table>
              <caption>{t.format("dashboard.behind.caption", { level: levelName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("region.name")}</th>
                  <th scope="col">{t("region.code")}</th>
                  <th scope="col" className="num">
                    {t("figures.umkmTarget")}
                  </th>
                  <th scope="col" className="num">
                    {t("figures.umkmCovered")}
                  </th>
                  <th scope="col" className="num">
                    {t("dashboard.behind.gap")}
                  </th>
                  <th scope="col" className="num">
                    {t("figures.coverage")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {regions.map(({ region, umkmTarget, umkmCovered, gap, rate }) => (
                  <tr key={region.code}>
                    <th scope="row">
                      <Link to={`/wilayah/${region.code}`}>{region.name}</Link>
                    </th>
                    <td>{region.code}</td>
                    <td className="num">{t.number(umkmTarget)}</td>
                    <td className="num">{t.number(umkmCovered)}</td>
                    <td className="num">{t.number(gap)}</td>
                    <td className="num">{t.rate(rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
