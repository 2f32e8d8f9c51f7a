import { Link } from "react-router";
import type { RegionWithCoverage } from "../lib/coverage";
import { useT } from "../i18n/i18n";
import { EmptyState } from "./Status";

/** Regions with their figures; each name links to the region's own page. */
export function RegionTable({ caption, regions }: { caption: string; regions: readonly RegionWithCoverage[] }) {
  const t = useT();
  if (regions.length === 0) return <EmptyState />;
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("region.name")}</th>
            <th scope="col">{t("region.code")}</th>
            <th scope="col" className="num">
              {t("figures.umkmTarget")}
            </th>
            <th scope="col" className="num">
              {t("figures.umkmRegistered")}
            </th>
            <th scope="col" className="num">
              {t("figures.umkmCovered")}
            </th>
            <th scope="col" className="num">
              {t("figures.participantsActive")}
            </th>
            <th scope="col" className="num">
              {t("figures.coverage")}
            </th>
          </tr>
        </thead>
        <tbody>
          {regions.map(({ code, name, coverage }) => (
            <tr key={code}>
              <th scope="row">
                <Link to={`/wilayah/${code}`}>{name}</Link>
              </th>
              <td>{code}</td>
              <td className="num">{coverage ? t.number(coverage.umkmTarget) : t("common.notAvailable")}</td>
              <td className="num">{coverage ? t.number(coverage.umkmRegistered) : t("common.notAvailable")}</td>
              <td className="num">{coverage ? t.number(coverage.umkmCovered) : t("common.notAvailable")}</td>
              <td className="num">{coverage ? t.number(coverage.participantsActive) : t("common.notAvailable")}</td>
              <td className="num">{t.rate(coverage?.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
