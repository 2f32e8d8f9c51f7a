import { useId } from "react";
import { Link } from "react-router";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { usePagedConnection } from "../../components/paged-connection";
import { formatMonth } from "../dashboard/months";
import { FollowUpTabs } from "./FollowUpTabs";
import { OfficeReviewPage_List } from "./OfficeReviewPage.graphql";

type ReviewEntry = ResultOf<typeof OfficeReviewPage_List>["officeReviewList"]["nodes"][number];

/**
 * Kantor Perisai whose last complete months were all under the minimum, longest run first: national roles see
 * all, branch officers the offices they supervise, office admins their offices. Each links to its target progress.
 */
export function OfficeReviewPage() {
  const t = useT();
  const list = usePagedConnection(OfficeReviewPage_List, {}, (data) => data.officeReviewList);
  return (
    <>
      <FollowUpTabs />
      <h2>{t("followups.review.title")}</h2>
      <p className="followup-intro">{t("followups.review.intro")}</p>
      {list.loaders}
      {list.loading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.totalCount !== undefined && (
        <>
          <p className="result-count" role="status" aria-live="polite">
            {t.format("followups.review.found", { count: t.number(list.totalCount) })}
          </p>
          {list.totalCount === 0 ? (
            <EmptyState message={t("followups.review.none")} />
          ) : (
            <ul className="followup-cards" aria-label={t("followups.review.title")}>
              {list.nodes.map((entry) => (
                <ReviewCard key={entry.office.id} entry={entry} />
              ))}
            </ul>
          )}
          {list.nodes.length < list.totalCount && (
            <button type="button" onClick={list.loadMore} disabled={list.loadingMore}>
              {list.loadingMore ? t("state.loading") : t("followups.loadMore")}
            </button>
          )}
        </>
      )}
    </>
  );
}

function ReviewCard({ entry }: { entry: ReviewEntry }) {
  const t = useT();
  const headingId = useId();
  const { office } = entry;
  const figure = (value: number | null | undefined) => (value == null ? t("common.notAvailable") : t.number(value));
  return (
    <li className="followup-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/tindak-lanjut/tinjauan-kantor/${encodeURIComponent(office.id)}`}>{office.name}</Link>{" "}
        <small>{office.region.name}</small>
      </h3>
      <p>
        <span className="badge badge-under">
          {t.format("followups.review.monthsUnder", { count: t.number(entry.monthsUnderMinimum) })}
        </span>{" "}
        <small className="cell-sub">
          {t.format("followups.review.ruleText", {
            months: t.number(entry.rule.reviewMonths),
            validFrom: t.date(entry.rule.validFrom),
          })}
        </small>
      </p>
      <table className="followup-months">
        <caption>{t("followups.review.monthsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("followups.month")}</th>
            <th scope="col" className="num">
              {t("followups.target")}
            </th>
            <th scope="col" className="num">
              {t("followups.minimum")}
            </th>
            <th scope="col" className="num">
              {t("followups.enrolments")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entry.months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatMonth(month.month, t.language, "long")}</th>
              <td className="num">{figure(month.monthlyTarget)}</td>
              <td className="num">{figure(month.minimum)}</td>
              <td className="num">{t.number(month.enrolments)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}
