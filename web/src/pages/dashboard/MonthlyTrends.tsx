import { useId } from "react";
import { useT } from "../../i18n/i18n";
import { formatMonth, type MonthFigures } from "./months";

const WIDTH = 560;
const HEIGHT = 190;
const TOP = 24;
const BOTTOM = 22;
const SIDE = 6;

interface ChartProps {
  title: string;
  months: readonly MonthFigures[];
  value: (month: MonthFigures) => number;
  format: (value: number) => string;
  kind: "bars" | "area";
}

/** One series per month as bars or an area, hand-drawn in SVG; the figure's description says what it shows. */
function MonthlyChart({ title, months, value, format, kind }: ChartProps) {
  const t = useT();
  const titleId = useId();
  const descriptionId = useId();
  if (months.length < 2) return null;
  const values = months.map(value);
  const max = Math.max(...values, 1);
  const peak = values.indexOf(Math.max(...values));
  const plotWidth = WIDTH - 2 * SIDE;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / months.length;
  const x = (index: number) => SIDE + index * step;
  const y = (amount: number) => TOP + plotHeight - (amount / max) * plotHeight;
  const baseline = TOP + plotHeight;
  const points = values.map((amount, index) => `${(x(index) + step / 2).toFixed(1)},${y(amount).toFixed(1)}`);
  // The last month is the current one, still incomplete: drawn lighter (bars) or dashed (area).
  const complete = points.slice(0, -1);
  const years = months.flatMap((month, index) =>
    index === 0 || month.period.endsWith("-01") ? [{ index, label: month.period.slice(0, 4) }] : [],
  );
  const summary = t.format("dashboard.trends.summary", {
    from: formatMonth(months[0].period, t.language, "long"),
    to: formatMonth(months.at(-1)!.period, t.language, "long"),
    max: format(values[peak]),
    maxMonth: formatMonth(months[peak].period, t.language, "long"),
    last: format(values.at(-1)!),
  });

  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descriptionId}>
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{summary}</desc>
        <text x={SIDE} y={TOP - 10} className="chart-label">
          {format(max)}
        </text>
        <line x1={SIDE} x2={WIDTH - SIDE} y1={TOP} y2={TOP} className="chart-grid" />
        <line x1={SIDE} x2={WIDTH - SIDE} y1={baseline} y2={baseline} className="chart-axis" />
        {years.map(({ index, label }) => (
          <g key={label}>
            <line x1={x(index)} x2={x(index)} y1={TOP} y2={baseline + 4} className="chart-grid" />
            <text x={x(index) + 2} y={HEIGHT - 6} className="chart-label">
              {label}
            </text>
          </g>
        ))}
        {kind === "bars" ? (
          values.map((amount, index) => (
            <rect
              key={months[index].period}
              x={x(index) + step * 0.1}
              width={step * 0.8}
              y={y(amount)}
              height={baseline - y(amount)}
              className={index === values.length - 1 ? "chart-bar-partial" : "chart-bar"}
            />
          ))
        ) : (
          <>
            <polygon
              points={`${(x(0) + step / 2).toFixed(1)},${baseline} ${complete.join(" ")} ${(x(complete.length - 1) + step / 2).toFixed(1)},${baseline}`}
              className="chart-area"
            />
            <polyline points={complete.join(" ")} className="chart-line" />
            <polyline points={points.slice(-2).join(" ")} className="chart-line-partial" />
          </>
        )}
      </svg>
      {/* The same words as the image's name and description: assistive technology reads them there once. */}
      <figcaption aria-hidden="true">
        <strong>{title}</strong>
        <span>{summary}</span>
      </figcaption>
    </figure>
  );
}

/** Enrolments and contributions per month since the MoU, with the numbers in a table for those who need them. */
export function MonthlyTrends({ months }: { months: readonly MonthFigures[] }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="trends" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("dashboard.trends.title")}</h2>
      <p className="section-hint">{t("dashboard.trends.partial")}</p>
      <div className="trend-charts">
        <MonthlyChart
          title={t("dashboard.trends.enrolments")}
          months={months}
          value={(month) => month.enrolments}
          format={t.number}
          kind="bars"
        />
        <MonthlyChart
          title={t("dashboard.trends.contributions")}
          months={months}
          value={(month) => month.contributionsTotal}
          format={t.rupiah}
          kind="area"
        />
      </div>
      <details className="trend-table">
        <summary>{t("dashboard.trends.showTable")}</summary>
        <div className="table-scroll">
          <table>
            <caption>{t("dashboard.trends.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.trends.month")}</th>
                <th scope="col" className="num">
                  {t("dashboard.trends.enrolmentsColumn")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.trends.contributionsColumn")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.trends.paymentsColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...months].reverse().map((month) => (
                <tr key={month.period}>
                  <th scope="row">{formatMonth(month.period, t.language, "long")}</th>
                  <td className="num">{t.number(month.enrolments)}</td>
                  <td className="num">{t.rupiah(month.contributionsTotal)}</td>
                  <td className="num">{t.number(month.contributionsCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
