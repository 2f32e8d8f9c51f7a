import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import type { DocumentNode } from "graphql";
import { useMutation, useQuery } from "urql";
import { useSession } from "../../auth/session";
import { AgentStatusBadge, useAgentStatusLabel } from "../../components/AgentStatusBadge";
import { Figures } from "../../components/Figures";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { useT, type MessageKey } from "../../i18n/i18n";
import { AgentPage_Activate, AgentPage_Agent, AgentPage_Suspend, AgentPage_Terminate } from "./AgentPage.graphql";

interface StatusChange {
  id: string;
  fromStatus: string | null;
  toStatus: string;
  effectiveOn: string;
  reason: string | null;
}

interface Agent {
  id: string;
  status: string;
  version: number;
  statusHistory: StatusChange[];
  nextStatuses: string[];
  agentNumber: string;
  name: string;
  appointedOn: string;
  nik: string;
  phone: string;
  office: { id: string; name: string };
  territory: { code: string; name: string }[];
  coverage: { participantsActive: number; participantsTotal: number; contributionsTotal: number } | null;
}

interface UserError {
  field: string[];
  message: string;
  code: string;
}

/** The roles that may move an agent through its lifecycle (the server decides within their scope). */
const LIFECYCLE_ROLES = new Set(["NATIONAL_COORDINATOR", "OFFICE_ADMIN"]);

type Action = "activate" | "suspend" | "terminate";

interface ActionSpec {
  /** The status nextStatuses must offer. */
  to: string;
  label: MessageKey;
  confirm: MessageKey;
  reasonRequired: boolean;
  // Its payload is read through `field`; the agent in it is the AgentPage_AgentStatus fragment.
  document: DocumentNode;
  field: string;
}

const ACTIONS: Record<Action, ActionSpec> = {
  activate: {
    to: "ACTIVE",
    label: "agent.activate",
    confirm: "agent.confirmActivate",
    reasonRequired: false,
    document: AgentPage_Activate,
    field: "activateAgent",
  },
  suspend: {
    to: "SUSPENDED",
    label: "agent.suspend",
    confirm: "agent.confirmSuspend",
    reasonRequired: true,
    document: AgentPage_Suspend,
    field: "suspendAgent",
  },
  terminate: {
    to: "TERMINATED",
    label: "agent.terminate",
    confirm: "agent.confirmTerminate",
    reasonRequired: true,
    document: AgentPage_Terminate,
    field: "terminateAgent",
  },
};

export function AgentPage() {
  const t = useT();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery<{ agent: Agent | null }>({
    query: AgentPage_Agent,
    variables: { id },
  });
  const agent = data?.agent;

  if (fetching && !data) return <LoadingState />;
  if (error && !agent) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!agent)
    return (
      <>
        <EmptyState message={t("agent.notFound")} />
        <Link to="/agen">{t("agent.backToList")}</Link>
      </>
    );

  return (
    <>
      <nav aria-label={t("agent.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/agen">{t("nav.agents")}</Link>
          </li>
          <li aria-current="page">{agent.agentNumber}</li>
        </ol>
      </nav>
      <h1>
        {agent.name} <small>{agent.agentNumber}</small> <AgentStatusBadge status={agent.status} />
      </h1>
      {/* Coverage can fail on its own: the agent still shows, with the error. */}
      {error && <ErrorState error={error} />}
      <dl className="details">
        <div>
          <dt>{t("agent.number")}</dt>
          <dd>{agent.agentNumber}</dd>
        </div>
        <div>
          <dt>{t("agent.name")}</dt>
          <dd>{agent.name}</dd>
        </div>
        <div>
          <dt>{t("agent.status")}</dt>
          <dd>
            <AgentStatusBadge status={agent.status} />
          </dd>
        </div>
        <div>
          <dt>{t("agent.office")}</dt>
          <dd>{agent.office.name}</dd>
        </div>
        <div>
          <dt>{t("agent.territory")}</dt>
          <dd>
            {agent.territory.length > 0
              ? agent.territory.map((region) => region.name).join(", ")
              : t("common.notAvailable")}
          </dd>
        </div>
        <div>
          <dt>{t("agent.appointedOn")}</dt>
          <dd>{t.date(agent.appointedOn)}</dd>
        </div>
        <div>
          <dt>{t("agent.nik")}</dt>
          <dd className="mono">{agent.nik}</dd>
        </div>
        <div>
          <dt>{t("agent.phone")}</dt>
          <dd className="mono">{agent.phone}</dd>
        </div>
      </dl>
      <h2>{t("agent.coverage")}</h2>
      <Figures
        figures={[
          {
            label: "figures.participantsActive",
            value: agent.coverage ? t.number(agent.coverage.participantsActive) : t("common.notAvailable"),
          },
          {
            label: "agent.participantsTotal",
            value: agent.coverage ? t.number(agent.coverage.participantsTotal) : t("common.notAvailable"),
          },
          { label: "agent.contributionsTotal", value: t.rupiah(agent.coverage?.contributionsTotal) },
        ]}
      />
      <LifecycleActions agent={agent} />
      <StatusHistory history={agent.statusHistory} />
    </>
  );
}

function LifecycleActions({ agent }: { agent: Agent }) {
  const t = useT();
  const session = useSession();
  const [open, setOpen] = useState<Action | null>(null);
  const allowed = session !== null && LIFECYCLE_ROLES.has(session.user.role);
  const available = (Object.keys(ACTIONS) as Action[]).filter((action) =>
    agent.nextStatuses.includes(ACTIONS[action].to),
  );
  if (!allowed || available.length === 0) return null;

  return (
    <section aria-labelledby="agent-actions">
      <h2 id="agent-actions">{t("agent.actions")}</h2>
      <div className="actions">
        {available.map((action) => (
          <button
            key={action}
            type="button"
            aria-expanded={open === action}
            aria-controls={open === action ? "agent-action-form" : undefined}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {t(ACTIONS[action].label)}
          </button>
        ))}
      </div>
      {open && <ActionForm key={open} action={open} agent={agent} onDone={() => setOpen(null)} />}
    </section>
  );
}

function ActionForm({ action, agent, onDone }: { action: Action; agent: Agent; onDone: () => void }) {
  const t = useT();
  const spec = ACTIONS[action];
  const [reason, setReason] = useState("");
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [{ fetching, error }, run] = useMutation(spec.document);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (spec.reasonRequired && !trimmed) {
      setUserErrors([{ field: ["input", "reason"], message: t("agent.reasonRequired"), code: "REQUIRED" }]);
      return;
    }
    setUserErrors([]);
    const result = await run({
      input: { agentId: agent.id, reason: trimmed || null, expectedVersion: agent.version },
    });
    const payload = result.data?.[spec.field];
    if (!payload) return;
    if (payload.userErrors.length > 0) setUserErrors(payload.userErrors);
    else onDone();
  };

  const reasonErrors = userErrors.filter((userError) => userError.field.at(-1) === "reason");
  const otherErrors = userErrors.filter((userError) => userError.field.at(-1) !== "reason");

  return (
    <form id="agent-action-form" className="action-form" onSubmit={onSubmit} noValidate>
      <label htmlFor="agent-action-reason">
        {t("agent.reason")}
        {spec.reasonRequired ? ` (${t("common.required")})` : ` (${t("common.optional")})`}
      </label>
      <textarea
        id="agent-action-reason"
        name="reason"
        rows={3}
        value={reason}
        required={spec.reasonRequired}
        aria-invalid={reasonErrors.length > 0 || undefined}
        aria-describedby={reasonErrors.length > 0 ? "agent-action-reason-error" : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {reasonErrors.length > 0 && (
        <p id="agent-action-reason-error" className="form-error" role="alert">
          {reasonErrors.map((userError) => userError.message).join(" ")}
        </p>
      )}
      {otherErrors.length > 0 && (
        <ul className="form-error" role="alert">
          {otherErrors.map((userError, index) => (
            <li key={index}>{userError.message}</li>
          ))}
        </ul>
      )}
      {error && <ErrorState error={error} />}
      <div className="actions">
        <button type="submit" disabled={fetching}>
          {fetching ? t("agent.saving") : t(spec.confirm)}
        </button>
        <button type="button" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

function StatusHistory({ history }: { history: StatusChange[] }) {
  const t = useT();
  const statusLabel = useAgentStatusLabel();
  return (
    <section aria-labelledby="agent-history">
      <h2 id="agent-history">{t("agent.history")}</h2>
      {history.length === 0 ? (
        <EmptyState />
      ) : (
        <ol className="history">
          {history.map((change) => (
            <li key={change.id}>
              <time dateTime={change.effectiveOn}>{t.date(change.effectiveOn)}</time>{" "}
              {change.fromStatus ? `${statusLabel(change.fromStatus)} → ` : ""}
              <strong>{statusLabel(change.toStatus)}</strong>
              {change.reason && <span className="history-reason"> — {change.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
