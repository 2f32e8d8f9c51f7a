import { useId, useState, type FormEvent } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { TextField } from "../../components/Field";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT, type MessageKey } from "../../i18n/i18n";
import { localizedErrors, OtherErrors } from "../agents/user-errors";
import { formatMonth, jakartaMonth } from "../dashboard/months";
import { FollowUpTabs } from "./FollowUpTabs";
import { addMonths, isMonth, monthRangeOf } from "./months";
import { OfficeTargetChart } from "./OfficeTargetChart";
import { monthStanding } from "./standing";
import {
  OfficeTargetPage_History,
  OfficeTargetPage_Progress,
  OfficeTargetPage_SetTarget,
} from "./OfficeTargetPage.graphql";

type TargetMonth = NonNullable<ResultOf<typeof OfficeTargetPage_Progress>["officeTargetProgress"]>["months"][number];

/**
 * One Kantor Perisai's monthly target, minimum and enrolments (?dari=2025-12&sampai=2026-11, by default the last 12
 * months), as a table and a bar chart; the dated target history; and, for the national coordinator, a new target.
 */
export function OfficeTargetPage() {
  const t = useT();
  const may = useAbilities();
  const { officeId = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const current = jakartaMonth();
  const range = monthRangeOf(searchParams, current);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OfficeTargetPage_Progress,
    variables: { officeId, from: range.from, to: range.to },
  });
  const progress = data?.officeTargetProgress;
  const rule = data?.officeTargetRules.at(-1);

  return (
    <>
      <FollowUpTabs />
      <nav className="breadcrumbs" aria-label={t("followups.breadcrumbs")}>
        <ol>
          <li>
            <Link to="/tindak-lanjut/tinjauan-kantor">{t("followups.tabs.officeReview")}</Link>
          </li>
          <li aria-current="page">{progress?.office.name ?? t("followups.target.title")}</li>
        </ol>
      </nav>
      <h2>
        {progress ? t.format("followups.target.titleOf", { name: progress.office.name }) : t("followups.target.title")}
      </h2>
      <RangeForm
        key={`${range.from}/${range.to}`}
        range={range}
        onApply={(next) => setSearchParams({ dari: next.from, sampai: next.to })}
      />
      {fetching && !data && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
      {data && !progress && <EmptyState message={t("followups.target.notFound")} />}
      {progress && (
        <>
          <section aria-labelledby="target-progress">
            <h3 id="target-progress">{t("followups.target.progress")}</h3>
            {progress.months.length === 0 ? (
              <EmptyState />
            ) : (
              <>
                <OfficeTargetChart months={progress.months} />
                <ProgressTable months={progress.months} />
              </>
            )}
          </section>
          {may("setOfficeTargets") && (
            <SetTargetForm
              officeId={progress.office.id}
              current={current}
              currentTarget={progress.office.monthlyTarget}
              minimumPercent={rule?.minimumPercent}
              onSaved={() => refetch({ requestPolicy: "network-only" })}
            />
          )}
          <TargetHistory officeId={progress.office.id} />
        </>
      )}
    </>
  );
}

function RangeForm({
  range,
  onApply,
}: {
  range: { from: string; to: string };
  onApply: (range: { from: string; to: string }) => void;
}) {
  const t = useT();
  const id = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get("dari") ?? "");
    const to = String(form.get("sampai") ?? "");
    if (isMonth(from) && isMonth(to)) onApply({ from, to });
  };
  return (
    <form className="filters followup-filters" onSubmit={onSubmit} aria-label={t("followups.target.range")}>
      <div className="filter-field">
        <label htmlFor={`${id}-from`}>{t("followups.target.from")}</label>
        <input id={`${id}-from`} name="dari" type="month" defaultValue={range.from} required />
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-to`}>{t("followups.target.to")}</label>
        <input id={`${id}-to`} name="sampai" type="month" defaultValue={range.to} required />
      </div>
      <button type="submit">{t("followups.target.show")}</button>
    </form>
  );
}

function ProgressTable({ months }: { months: readonly TargetMonth[] }) {
  const t = useT();
  const figure = (value: number | null | undefined) => (value == null ? t("common.notAvailable") : t.number(value));
  return (
    <div className="table-scroll">
      <table className="followup-progress">
        <caption className="visually-hidden">{t("followups.target.progress")}</caption>
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
            <th scope="col">{t("followups.target.standing")}</th>
          </tr>
        </thead>
        <tbody>
          {[...months].reverse().map((month) => {
            const standing = monthStanding(month);
            return (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month, t.language, "long")}</th>
                <td className="num">{figure(month.monthlyTarget)}</td>
                <td className="num">{figure(month.minimum)}</td>
                <td className="num">{t.number(month.enrolments)}</td>
                <td>
                  <span className={`badge badge-standing-${standing}`}>
                    {t(`followups.standing.${standing}` as MessageKey)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SetTargetForm({
  officeId,
  current,
  currentTarget,
  minimumPercent,
  onSaved,
}: {
  officeId: string;
  current: string;
  currentTarget: number;
  minimumPercent: number | undefined;
  onSaved: () => void;
}) {
  const t = useT();
  const [{ data, fetching, error }, setTarget] = useMutation(OfficeTargetPage_SetTarget);
  const [saved, setSaved] = useState<{ validFrom: string; monthlyTarget: number; minimum: number } | null>(null);
  const errors = localizedErrors(t, data?.setOfficeTarget.userErrors);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const form = new FormData(event.currentTarget);
    const minimum = String(form.get("minimum") ?? "").trim();
    const result = await setTarget({
      input: {
        officeId,
        validFrom: String(form.get("validFrom") ?? ""),
        monthlyTarget: Number(form.get("monthlyTarget")),
        minimum: minimum === "" ? null : Number(minimum),
      },
    });
    const payload = result.data?.setOfficeTarget;
    if (payload?.officeTarget && payload.userErrors.length === 0) {
      setSaved(payload.officeTarget);
      onSaved();
    }
  };

  return (
    <section aria-labelledby="target-form">
      <h3 id="target-form">{t("followups.target.change")}</h3>
      <form className="action-form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t("followups.target.validFrom")}
          name="validFrom"
          type="month"
          min={current}
          defaultValue={addMonths(current, 1)}
          required
          error={errors.validFrom}
          hint={t("followups.target.validFromHint")}
        />
        <TextField
          label={t("followups.target.monthlyTarget")}
          name="monthlyTarget"
          type="number"
          min={1}
          inputMode="numeric"
          defaultValue={currentTarget}
          required
          error={errors.monthlyTarget}
        />
        <TextField
          label={t("followups.minimum")}
          name="minimum"
          type="number"
          min={0}
          inputMode="numeric"
          error={errors.minimum}
          hint={
            minimumPercent !== undefined
              ? t.format("followups.target.minimumHint", { percent: t.number(minimumPercent) })
              : undefined
          }
        />
        <OtherErrors errors={errors} known={["validFrom", "monthlyTarget", "minimum"]} />
        {error && <ErrorState error={error} />}
        <div className="actions">
          <button type="submit" disabled={fetching}>
            {fetching ? t("state.loading") : t("followups.target.save")}
          </button>
        </div>
        <p role="status" aria-live="polite" className="followup-saved">
          {saved &&
            t.format("followups.target.saved", {
              month: formatMonth(saved.validFrom, t.language, "long"),
              target: t.number(saved.monthlyTarget),
              minimum: t.number(saved.minimum),
            })}
        </p>
      </form>
    </section>
  );
}

function TargetHistory({ officeId }: { officeId: string }) {
  const t = useT();
  const [{ data, error }] = useQuery({ query: OfficeTargetPage_History, variables: { officeId } });
  const targets = [...(data?.perisaiOffice?.targets ?? [])].reverse();
  return (
    <section aria-labelledby="target-history">
      <h3 id="target-history">{t("followups.target.history")}</h3>
      {error && <ErrorState error={error} />}
      {!data && !error && <LoadingState />}
      {data && targets.length === 0 && <EmptyState message={t("followups.target.noHistory")} />}
      {targets.length > 0 && <HistoryTable targets={targets} />}
    </section>
  );
}

function HistoryTable({
  targets,
}: {
  targets: NonNullable<ResultOf<typeof OfficeTargetPage_History>["perisaiOffice"]>["targets"];
}) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="followup-history">
        <caption className="visually-hidden">{t("followups.target.history")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("followups.target.validFrom")}</th>
            <th scope="col" className="num">
              {t("followups.target")}
            </th>
            <th scope="col" className="num">
              {t("followups.minimum")}
            </th>
            <th scope="col">{t("followups.target.recordedOn")}</th>
            <th scope="col">{t("followups.target.note")}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.id}>
              <th scope="row">{formatMonth(target.validFrom, t.language, "long")}</th>
              <td className="num">{t.number(target.monthlyTarget)}</td>
              <td className="num">{t.number(target.minimum)}</td>
              <td>{t.date(jakartaDay(target.createdAt))}</td>
              <td>{target.note ?? t("common.notAvailable")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The calendar day (Asia/Jakarta) of an instant. */
function jakartaDay(instant: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(instant));
}
