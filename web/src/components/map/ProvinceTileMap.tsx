import { useId, useMemo } from "react";
import { Link } from "react-router";
import { useT } from "../../i18n/i18n";
import { coverageClasses, coverageColour, NO_DATA_COLOUR } from "./coverage-scale";
import { PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS } from "./province-tiles";
import "./map.css";

export interface ProvinceOnMap {
  code: string;
  name: string;
  rate: number | null | undefined;
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** Indonesia as one square per province, coloured by coverage; each square links to the province. */
export function ProvinceTileMap({ provinces }: { provinces: readonly ProvinceOnMap[] }) {
  const t = useT();
  const titleId = useId();
  const byCode = useMemo(() => new Map(provinces.map((province) => [province.code, province])), [provinces]);
  return (
    <figure className="tile-map">
      <figcaption id={titleId}>
        <h2>{t("dashboard.map.title")}</h2>
        <p>{t("dashboard.map.hint")}</p>
      </figcaption>
      <ul
        className="tile-map-grid"
        aria-labelledby={titleId}
        style={{
          gridTemplateColumns: `repeat(${TILE_COLUMNS}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${TILE_ROWS}, auto)`,
        }}
      >
        {PROVINCE_TILES.map((tile) => {
          const province = byCode.get(tile.code);
          const name = province?.name ?? tile.code;
          const rate = t.rate(province?.rate);
          const colour = coverageColour(province?.rate);
          return (
            <li key={tile.code} style={{ gridColumn: tile.column + 1, gridRow: tile.row + 1 }}>
              <Link
                to={`/wilayah/${tile.code}`}
                className="tile"
                style={{ background: colour.fill, color: colour.text }}
                aria-label={t.format("dashboard.map.tile", { name, rate })}
                title={`${name} — ${rate}`}
              >
                <span className="tile-short" aria-hidden="true">
                  {tile.short}
                </span>
                <span className="tile-rate" aria-hidden="true">
                  {rate}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <ul className="tile-map-legend" aria-label={t("dashboard.map.legend")}>
        {coverageClasses().map(({ from, to, fill }) => (
          <li key={from}>
            <span className="swatch" style={{ background: fill }} aria-hidden="true" />
            {to === null ? `≥ ${percent(from)}` : `${percent(from)} – < ${percent(to)}`}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: NO_DATA_COLOUR.fill }} aria-hidden="true" />
          {t("dashboard.map.noData")}
        </li>
      </ul>
    </figure>
  );
}
