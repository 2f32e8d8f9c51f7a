import { useId } from "react";
import { useT } from "../../i18n/i18n";
import { formatMonth } from "../dashboard/months";
import { monthStanding, niceMax, type TargetMonthFigures } from "./standing";

const WIDTH = 1000;
const HEIGHT = 260;
const PAD = { top: 16, right: 12, bottom: 36, left: 44 };

/**
 * Enrolments per month as bars (coloured by standing), with the target as a solid line and the minimum as a dashed
 * line over each bar. Plain SVG; the table below it holds the same figures for screen readers.
 */
export function OfficeTargetChart({ months }: { months: readonly (TargetMonthFigures & { month: string })[] }) {
  const t = useT();
  const id = useId();
  const top = niceMax(Math.max(...months.map((month) => Math.max(month.enrolments, month.monthlyTarget ?? 0))));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / months.length;
  const barWidth = Math.max(2, slot * 0.6);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const labelEvery = Math.ceil(months.length / 12);
  const under = months.filter((month) => monthStanding(month) === "under").length;
  const met = months.filter((month) => monthStanding(month) === "met").length;

  return (
    <figure className="followup-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{t("followups.target.chart")}</title>
        <desc id={`${id}-desc`}>
          {t.format("followups.target.chartSummary", {
            months: t.number(months.length),
            met: t.number(met),
            under: t.number(under),
          })}
        </desc>
        {[0, 0.5, 1].map((share) => (
          <g key={share} className="chart-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(top * share)} y2={y(top * share)} />
            <text x={PAD.left - 6} y={y(top * share) + 4} textAnchor="end">
              {t.number(top * share)}
            </text>
          </g>
        ))}
        {months.map((month, index) => {
          const x = PAD.left + index * slot + (slot - barWidth) / 2;
          const standing = monthStanding(month);
          return (
            <g key={month.month}>
              <rect
                className={`chart-bar chart-bar-${standing}`}
                x={x}
                y={y(month.enrolments)}
                width={barWidth}
                height={Math.max(0, y(0) - y(month.enrolments))}
              />
              {month.monthlyTarget != null && (
                <line
                  className="chart-target"
                  x1={x - 2}
                  x2={x + barWidth + 2}
                  y1={y(month.monthlyTarget)}
                  y2={y(month.monthlyTarget)}
                />
              )}
              {month.minimum != null && (
                <line
                  className="chart-minimum"
                  x1={x - 2}
                  x2={x + barWidth + 2}
                  y1={y(month.minimum)}
                  y2={y(month.minimum)}
                />
              )}
              {index % labelEvery === 0 && (
                <text className="chart-label" x={x + barWidth / 2} y={HEIGHT - PAD.bottom + 16} textAnchor="middle">
                  {formatMonth(month.month, t.language)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span>
          <span className="legend-swatch chart-bar-met" aria-hidden="true" /> {t("followups.standing.met")}
        </span>
        <span>
          <span className="legend-swatch chart-bar-between" aria-hidden="true" /> {t("followups.standing.between")}
        </span>
        <span>
          <span className="legend-swatch chart-bar-under" aria-hidden="true" /> {t("followups.standing.under")}
        </span>
        <span>
          <span className="legend-line" aria-hidden="true" /> {t("followups.target")}
        </span>
        <span>
          <span className="legend-line legend-dashed" aria-hidden="true" /> {t("followups.minimum")}
        </span>
      </figcaption>
    </figure>
  );
}
