import { useState, type FormEvent, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { AgentStatusBadge, useAgentStatusLabel } from "../../components/AgentStatusBadge";
import { TextField } from "../../components/Field";
import { Figures } from "../../components/Figures";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { readFragment, type ResultOf, type VariablesOf } from "../../graphql/graphql";
import { useT, type MessageKey } from "../../i18n/i18n";
import {
  AgentPage_Activate,
  AgentPage_Agent,
  AgentPage_Changeable,
  AgentPage_Reveal,
  AgentPage_Suspend,
  AgentPage_Terminate,
  AgentPage_Transfer,
  AgentPage_Update,
} from "./AgentPage.graphql";
import { OfficePicker, TerritoryPicker, type PickedOffice } from "./pickers";
import { RevealPersonalData } from "./RevealPersonalData";
import { localizedErrors, OtherErrors } from "./user-errors";
import "./agents.css";

type Agent = ResultOf<typeof AgentPage_Changeable> & { regionCode: string };

type Action = "activate" | "suspend" | "terminate";
type Panel = Action | "edit" | "transfer";

interface ActionSpec {
  /** The status nextStatuses must offer. */
  to: string;
  label: MessageKey;
  confirm: MessageKey;
  reasonRequired: boolean;
}

const ACTIONS: Record<Action, ActionSpec> = {
  activate: { to: "ACTIVE", label: "agent.activate", confirm: "agent.confirmActivate", reasonRequired: false },
  suspend: { to: "SUSPENDED", label: "agent.suspend", confirm: "agent.confirmSuspend", reasonRequired: true },
  terminate: { to: "TERMINATED", label: "agent.terminate", confirm: "agent.confirmTerminate", reasonRequired: true },
};

export function AgentPage() {
  const t = useT();
  const may = useAbilities();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AgentPage_Agent, variables: { id } });
  const [, reveal] = useMutation(AgentPage_Reveal);
  const [revealed, setRevealed] = useState<{ agentId: string; nik: string | null; phone: string | null } | null>(null);
  const found = data?.agent;

  if (fetching && !data) return <LoadingState />;
  if (error && !found) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!found)
    return (
      <>
        <EmptyState message={t("agent.notFound")} />
        <Link to="/agen">{t("agent.backToList")}</Link>
      </>
    );

  const agent: Agent = {
    ...readFragment(AgentPage_Changeable, found),
    regionCode: found.office.region.code,
  };
  const shown = revealed?.agentId === agent.id ? revealed : null;
  const nik = shown?.nik ?? found.nik;
  const phone = shown?.phone ?? agent.phone;
  const canReveal = may("revealPersonalData") && !shown && (nik.includes("*") || phone.includes("*"));

  return (
    <>
      <nav aria-label={t("agent.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/agen">{t("nav.agents")}</Link>
          </li>
          <li aria-current="page">{found.agentNumber}</li>
        </ol>
      </nav>
      <h1>
        {agent.name} <small>{found.agentNumber}</small> <AgentStatusBadge status={agent.status} />
      </h1>
      {/* Coverage can fail on its own: the agent still shows, with the error. */}
      {error && <ErrorState error={error} />}
      <dl className="details">
        <Detail term={t("agent.number")}>{found.agentNumber}</Detail>
        <Detail term={t("agent.name")}>{agent.name}</Detail>
        <Detail term={t("agent.status")}>
          <AgentStatusBadge status={agent.status} />
        </Detail>
        <Detail term={t("agent.office")}>
          {agent.office.name} <small>({found.office.region.name})</small>
        </Detail>
        <Detail term={t("agent.territory")}>
          {agent.territory.length > 0
            ? agent.territory.map((region) => region.name).join(", ")
            : t("common.notAvailable")}
        </Detail>
        <Detail term={t("agent.appointedOn")}>{t.date(found.appointedOn)}</Detail>
        <Detail term={t("agent.nik")}>
          <span className="mono">{nik}</span>
        </Detail>
        <Detail term={t("agent.phone")}>
          <span className="mono">{phone}</span>
        </Detail>
      </dl>
      {canReveal && (
        <RevealPersonalData
          label={t("agents.reveal.open")}
          reveal={async (reason) => {
            const result = await reveal({ input: { agentId: agent.id, reason } });
            const payload = result.data?.revealAgentPersonalData;
            if (payload && payload.userErrors.length === 0)
              setRevealed({ agentId: agent.id, nik: payload.nik ?? null, phone: payload.phone ?? null });
            return { userErrors: payload?.userErrors ?? [], error: result.error };
          }}
        />
      )}
      <h2>{t("agent.coverage")}</h2>
      <Figures
        figures={[
          {
            label: "figures.participantsActive",
            value: found.coverage ? t.number(found.coverage.participantsActive) : t("common.notAvailable"),
          },
          {
            label: "agent.participantsTotal",
            value: found.coverage ? t.number(found.coverage.participantsTotal) : t("common.notAvailable"),
          },
          { label: "agent.contributionsTotal", value: t.rupiah(found.coverage?.contributionsTotal) },
        ]}
      />
      <AgentActions agent={agent} />
      <StatusHistory history={agent.statusHistory} />
      <Transfers transfers={agent.transfers} />
    </>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function AgentActions({ agent }: { agent: Agent }) {
  const t = useT();
  const may = useAbilities();
  const [open, setOpen] = useState<Panel | null>(null);
  if (!may("manageAgents")) return null;
  const lifecycle = (Object.keys(ACTIONS) as Action[]).filter((action) =>
    agent.nextStatuses.includes(ACTIONS[action].to as (typeof agent.nextStatuses)[number]),
  );
  const serving = agent.status !== "TERMINATED";
  const panels: { panel: Panel; label: string }[] = [
    ...lifecycle.map((action) => ({ panel: action, label: t(ACTIONS[action].label) })),
    ...(serving
      ? [
          { panel: "edit" as const, label: t("agents.edit.open") },
          { panel: "transfer" as const, label: t("agents.transfer.open") },
        ]
      : []),
  ];
  // An open form stays while its action is on its way, even if the optimistic status offers no actions.
  if (panels.length === 0 && !open) return null;
  const closer = (panel: Panel) => () => setOpen((current) => (current === panel ? null : current));

  return (
    <section aria-labelledby="agent-actions">
      <h2 id="agent-actions">{t("agent.actions")}</h2>
      <div className="actions">
        {panels.map(({ panel, label }) => (
          <button
            key={panel}
            type="button"
            aria-expanded={open === panel}
            aria-controls={open === panel ? "agent-action-form" : undefined}
            onClick={() => setOpen(open === panel ? null : panel)}
          >
            {label}
          </button>
        ))}
      </div>
      {open === "edit" && <EditForm key={open} agent={agent} onDone={closer(open)} />}
      {open === "transfer" && <TransferForm key={open} agent={agent} onDone={closer(open)} />}
      {open && open !== "edit" && open !== "transfer" && (
        <StatusForm key={open} action={open} agent={agent} onDone={closer(open)} />
      )}
    </section>
  );
}

function StatusForm({ action, agent, onDone }: { action: Action; agent: Agent; onDone: () => void }) {
  const t = useT();
  const spec = ACTIONS[action];
  const [reason, setReason] = useState("");
  const [effectiveOn, setEffectiveOn] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [activation, activate] = useMutation(AgentPage_Activate);
  const [suspension, suspend] = useMutation(AgentPage_Suspend);
  const [termination, terminate] = useMutation(AgentPage_Terminate);
  const { fetching, error } = { activate: activation, suspend: suspension, terminate: termination }[action];

  /** The payload of the action's mutation; graphcache has already updated the agent. */
  const run = async (input: VariablesOf<typeof AgentPage_Suspend>["input"]) => {
    if (action === "activate") return (await activate({ input })).data?.activateAgent;
    if (action === "suspend") return (await suspend({ input })).data?.suspendAgent;
    return (await terminate({ input })).data?.terminateAgent;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (spec.reasonRequired && !trimmed) {
      setErrors({ reason: t("agent.reasonRequired") });
      return;
    }
    setErrors({});
    const payload = await run({
      agentId: agent.id,
      reason: trimmed || null,
      effectiveOn: effectiveOn || null,
      expectedVersion: agent.version,
    });
    if (!payload) return;
    if (payload.userErrors.length > 0) setErrors(localizedErrors(t, payload.userErrors));
    else onDone();
  };

  return (
    <form id="agent-action-form" className="action-form" onSubmit={onSubmit} noValidate>
      <h3>{t(spec.label)}</h3>
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
        aria-invalid={errors.reason ? true : undefined}
        aria-describedby={errors.reason ? "agent-action-reason-error" : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {errors.reason && (
        <p id="agent-action-reason-error" className="field-error" role="alert">
          {errors.reason}
        </p>
      )}
      <TextField
        label={t("agents.form.effectiveOn")}
        type="date"
        value={effectiveOn}
        error={errors.effectiveOn}
        hint={t("agents.form.effectiveOnHint")}
        onChange={(event) => setEffectiveOn(event.target.value)}
      />
      <OtherErrors errors={errors} known={["reason", "effectiveOn"]} />
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

/** Corrects the agent's name, phone or territory; the version read is sent so a concurrent edit is refused. */
function EditForm({ agent, onDone }: { agent: Agent; onDone: () => void }) {
  const t = useT();
  const phoneMasked = agent.phone.includes("*");
  const [name, setName] = useState(agent.name);
  const [phone, setPhone] = useState(phoneMasked ? "" : agent.phone);
  const [territory, setTerritory] = useState(agent.territory.map((region) => region.code));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ fetching, error }, run] = useMutation(AgentPage_Update);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const result = await run({
      input: {
        agentId: agent.id,
        expectedVersion: agent.version,
        name: name.trim() !== agent.name ? name.trim() : null,
        phone: phone.trim() && phone.trim() !== agent.phone ? phone.trim() : null,
        territory,
      },
    });
    const payload = result.data?.updateAgent;
    if (!payload) return;
    if (payload.userErrors.length > 0) setErrors(localizedErrors(t, payload.userErrors));
    else onDone();
  };

  return (
    <form id="agent-action-form" className="action-form" onSubmit={onSubmit} noValidate>
      <h3>{t("agents.edit.title")}</h3>
      <TextField
        label={t("agent.name")}
        required
        value={name}
        error={errors.name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label={t("agent.phone")}
        type="tel"
        value={phone}
        error={errors.phone}
        hint={phoneMasked ? t("agents.edit.phoneMasked") : t("agents.form.phoneHint")}
        onChange={(event) => setPhone(event.target.value)}
      />
      <TerritoryPicker
        regionCode={agent.regionCode}
        value={territory}
        onChange={setTerritory}
        error={errors.territory}
      />
      <OtherErrors errors={errors} known={["name", "phone", "territory"]} />
      {error && <ErrorState error={error} />}
      <div className="actions">
        <button type="submit" disabled={fetching}>
          {fetching ? t("agent.saving") : t("agents.edit.submit")}
        </button>
        <button type="button" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Moves the agent to another active Kantor Perisai, with the reason, the day and the territory there. */
function TransferForm({ agent, onDone }: { agent: Agent; onDone: () => void }) {
  const t = useT();
  const [office, setOffice] = useState<PickedOffice | null>(null);
  const [territory, setTerritory] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [effectiveOn, setEffectiveOn] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ fetching, error }, run] = useMutation(AgentPage_Transfer);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!office) local.toOfficeId = t("agents.transfer.officeRequired");
    if (!reason.trim()) local.reason = t("agent.reasonRequired");
    setErrors(local);
    if (!office || Object.keys(local).length > 0) return;
    const result = await run({
      input: {
        agentId: agent.id,
        toOfficeId: office.id,
        reason: reason.trim(),
        effectiveOn: effectiveOn || null,
        territory: territory.length > 0 ? territory : null,
        expectedVersion: agent.version,
      },
    });
    const payload = result.data?.transferAgent;
    if (!payload) return;
    if (payload.userErrors.length > 0) setErrors(localizedErrors(t, payload.userErrors));
    else onDone();
  };

  return (
    <form id="agent-action-form" className="action-form" onSubmit={onSubmit} noValidate>
      <h3>{t("agents.transfer.title")}</h3>
      <p className="field-hint">{t.format("agents.transfer.from", { office: agent.office.name })}</p>
      <OfficePicker
        label={t("agents.transfer.toOffice")}
        value={office}
        activeOnly
        excludeId={agent.office.id}
        error={errors.toOfficeId}
        onChange={(next) => {
          setOffice(next);
          setTerritory([]);
        }}
      />
      {office && (
        <TerritoryPicker
          regionCode={office.region.code}
          value={territory}
          onChange={setTerritory}
          error={errors.territory}
        />
      )}
      <TextField
        label={t("agents.transfer.reason")}
        required
        value={reason}
        error={errors.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <TextField
        label={t("agents.form.effectiveOn")}
        type="date"
        value={effectiveOn}
        error={errors.effectiveOn}
        hint={t("agents.form.effectiveOnHint")}
        onChange={(event) => setEffectiveOn(event.target.value)}
      />
      <OtherErrors errors={errors} known={["toOfficeId", "territory", "reason", "effectiveOn"]} />
      {error && <ErrorState error={error} />}
      <div className="actions">
        <button type="submit" disabled={fetching}>
          {fetching ? t("agent.saving") : t("agents.transfer.submit")}
        </button>
        <button type="button" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

function StatusHistory({ history }: { history: Agent["statusHistory"] }) {
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

function Transfers({ transfers }: { transfers: Agent["transfers"] }) {
  const t = useT();
  return (
    <section aria-labelledby="agent-transfers">
      <h2 id="agent-transfers">{t("agents.transfer.history")}</h2>
      {transfers.length === 0 ? (
        <EmptyState message={t("agents.transfer.none")} />
      ) : (
        <ol className="history">
          {transfers.map((transfer) => (
            <li key={transfer.id}>
              <time dateTime={transfer.effectiveOn}>{t.date(transfer.effectiveOn)}</time>{" "}
              {transfer.fromOffice?.name ?? t("common.notAvailable")} →{" "}
              <strong>{transfer.toOffice?.name ?? t("common.notAvailable")}</strong>
              <span className="history-reason"> — {transfer.reason}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
