import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { usePagedConnection } from "../../components/paged-connection";
import { OfficePicker } from "../agents/pickers";
import { localizedErrors, OtherErrors } from "../agents/user-errors";
import { formatMonth } from "../dashboard/months";
import { FollowUpTabs } from "./FollowUpTabs";
import {
  TerminationProposalsPage_Decide,
  TerminationProposalsPage_List,
  TerminationProposalsPage_OfficeName,
} from "./TerminationProposalsPage.graphql";

type Proposal = ResultOf<typeof TerminationProposalsPage_List>["terminationProposals"]["nodes"][number];
type Decision = "TERMINATE" | "KEEP";
interface Decided {
  decision: Decision;
  name: string;
}

/**
 * ACTIVE agents proposed for termination (3 consecutive months without a new participant and without a
 * contribution), each with the months that put them on the list; an office admin or the national coordinator
 * terminates or keeps them, with a reason. ?kantor=<office id> narrows to an office and the offices below it.
 */
export function TerminationProposalsPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const officeId = searchParams.get("kantor") || undefined;
  const [{ data: names }] = useQuery({
    query: TerminationProposalsPage_OfficeName,
    variables: { officeId: officeId ?? "" },
    pause: !officeId,
  });
  const [announcement, setAnnouncement] = useState<Decided | null>(null);
  const announcementRef = useRef<HTMLParagraphElement>(null);
  // The decided card leaves the list: focus goes to the message that says what happened.
  const onDecided = (decided: Decided) => {
    setAnnouncement(decided);
    requestAnimationFrame(() => announcementRef.current?.focus());
  };

  return (
    <>
      <FollowUpTabs />
      <h2>{t("followups.terminations.title")}</h2>
      <p className="followup-intro">{t("followups.terminations.intro")}</p>
      <div className="filters followup-filters" role="search" aria-label={t("followups.terminations.filters")}>
        <div className="filter-office">
          <OfficePicker
            label={t("followups.office")}
            value={
              officeId
                ? {
                    id: officeId,
                    name: names?.perisaiOffice?.name ?? t("state.loading"),
                    region: { code: "", name: "" },
                  }
                : null
            }
            onChange={(office) => setSearchParams(office ? { kantor: office.id } : {})}
          />
        </div>
      </div>
      <p className="followup-announcement" role="status" aria-live="polite" tabIndex={-1} ref={announcementRef}>
        {announcement &&
          t.format(
            announcement.decision === "KEEP" ? "followups.terminations.kept" : "followups.terminations.terminated",
            { name: announcement.name },
          )}
      </p>
      <ProposalList key={officeId ?? ""} officeId={officeId} onDecided={onDecided} />
    </>
  );
}

function ProposalList({ officeId, onDecided }: { officeId?: string; onDecided: (decided: Decided) => void }) {
  const t = useT();
  const list = usePagedConnection(
    TerminationProposalsPage_List,
    { filter: officeId ? { officeId } : {} },
    (data) => data.terminationProposals,
  );
  return (
    <>
      {list.loaders}
      {list.loading && <LoadingState />}
      {list.error && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.totalCount !== undefined && (
        <>
          <p className="result-count">
            {t.format("followups.terminations.found", { count: t.number(list.totalCount) })}
          </p>
          {list.totalCount === 0 ? (
            <EmptyState message={t("followups.terminations.none")} />
          ) : (
            <ul className="followup-cards" aria-label={t("followups.terminations.title")}>
              {list.nodes.map((proposal) => (
                <ProposalCard key={proposal.agent.id} proposal={proposal} onDecided={onDecided} />
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

function ProposalCard({ proposal, onDecided }: { proposal: Proposal; onDecided: (decided: Decided) => void }) {
  const t = useT();
  const may = useAbilities();
  const headingId = useId();
  const [decision, setDecision] = useState<Decision | null>(null);
  const { agent, office, rule } = proposal;
  return (
    <li className="followup-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/agen/${encodeURIComponent(agent.id)}`}>{agent.name}</Link>{" "}
        <small className="mono">{proposal.agentNumber}</small>
      </h3>
      <dl className="followup-facts">
        <div>
          <dt>{t("followups.office")}</dt>
          <dd>{office.name}</dd>
        </div>
        <div>
          <dt>{t("followups.terminations.countingFrom")}</dt>
          <dd>{t.date(proposal.countingFrom)}</dd>
        </div>
        <div>
          <dt>{t("followups.terminations.rule")}</dt>
          <dd>
            {t.format("followups.terminations.ruleText", {
              months: t.number(rule.inactiveMonths),
              validFrom: t.date(rule.validFrom),
            })}
          </dd>
        </div>
      </dl>
      <table className="followup-months">
        <caption>{t("followups.terminations.monthsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("followups.month")}</th>
            <th scope="col" className="num">
              {t("followups.terminations.newParticipants")}
            </th>
            <th scope="col" className="num">
              {t("followups.terminations.contributions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {proposal.months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatMonth(month.month, t.language, "long")}</th>
              <td className="num">{t.number(month.newParticipants)}</td>
              <td className="num">{t.number(month.contributions)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {may("decideTerminations") && (
        <div className="actions">
          <button type="button" className="danger" onClick={() => setDecision("TERMINATE")}>
            {t("followups.terminations.terminate")}
          </button>
          <button type="button" onClick={() => setDecision("KEEP")}>
            {t("followups.terminations.keep")}
          </button>
        </div>
      )}
      {decision && (
        <DecisionDialog
          proposal={proposal}
          decision={decision}
          onClose={() => setDecision(null)}
          onDecided={onDecided}
        />
      )}
    </li>
  );
}

/** A modal dialog (native <dialog>: focus stays inside, Escape closes) asking for the reason of the decision. */
function DecisionDialog({
  proposal,
  decision,
  onClose,
  onDecided,
}: {
  proposal: Proposal;
  decision: Decision;
  onClose: () => void;
  onDecided: (decided: Decided) => void;
}) {
  const t = useT();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [{ data, fetching, error }, decide] = useMutation(TerminationProposalsPage_Decide);
  const errors = localizedErrors(t, data?.decideTerminationProposal.userErrors);
  const reasonError = missing ? t("followups.terminations.reasonRequired") : errors.reason;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    setMissing(!trimmed);
    if (!trimmed) return;
    const result = await decide({
      input: { agentId: proposal.agent.id, decision, reason: trimmed, expectedVersion: proposal.agent.version },
    });
    const payload = result.data?.decideTerminationProposal;
    if (payload && payload.userErrors.length === 0) {
      onDecided({ decision, name: proposal.agent.name });
      onClose();
    }
  };

  const title = decision === "KEEP" ? "followups.terminations.keepTitle" : "followups.terminations.terminateTitle";
  return (
    <dialog
      ref={dialogRef}
      className="followup-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={onClose}
    >
      <form onSubmit={onSubmit} noValidate>
        <h2 id={`${id}-title`}>{t.format(title, { name: proposal.agent.name })}</h2>
        <p id={`${id}-text`}>
          {t(decision === "KEEP" ? "followups.terminations.keepText" : "followups.terminations.terminateText")}
        </p>
        <div className={reasonError ? "field field-invalid" : "field"}>
          <label htmlFor={`${id}-reason`}>
            {t("followups.terminations.reason")} <small>({t("common.required")})</small>
          </label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            required
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {reasonError && (
            <span id={`${id}-reason-error`} className="field-error" role="alert">
              {reasonError}
            </span>
          )}
        </div>
        <OtherErrors errors={errors} known={["reason"]} />
        {error && <ErrorState error={error} />}
        <div className="actions">
          <button type="submit" className={decision === "TERMINATE" ? "danger" : undefined} disabled={fetching}>
            {fetching
              ? t("state.loading")
              : t(
                  decision === "KEEP"
                    ? "followups.terminations.confirmKeep"
                    : "followups.terminations.confirmTerminate",
                )}
          </button>
          <button type="button" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
