import { useDeferredValue, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { FormErrors } from "../../components/Field";
import { ErrorState, LoadingState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { localizedErrors } from "../agents/user-errors";
import { AssignAgentDialog_Agents, AssignAgentDialog_Update } from "./AssignAgentDialog.graphql";
import { MAX_TERRITORY, territoryWith } from "./list-state";

export interface AssignTarget {
  code: string;
  name: string;
  regencyCode: string;
  regencyName: string;
}

const SHOWN = 50;

/**
 * Adds a kecamatan to an active agent's territory, keeping the kecamatan they have. A modal <dialog>: the page
 * behind it is inert (focus stays inside), Escape closes it, its heading names it.
 */
export function AssignAgentDialog({
  target,
  onClose,
  onAssigned,
}: {
  target: AssignTarget;
  onClose: () => void;
  onAssigned: (agentName: string) => void;
}) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const [chosen, setChosen] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AssignAgentDialog_Agents,
    variables: {
      filter: { regionCode: target.regencyCode, status: "ACTIVE", ...(deferred ? { search: deferred } : {}) },
      first: SHOWN,
    },
  });
  const [{ fetching: saving }, update] = useMutation(AssignAgentDialog_Update);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  // Closed before the page hears of it, so the page is no longer inert when it gives the focus back.
  const close = () => {
    dialog.current?.close();
    onClose();
  };

  const agents = data?.agents.nodes ?? [];
  const picked = agents.find((agent) => agent.id === chosen);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!picked) {
      setErrors({ "": t("targeting.assign.choose") });
      return;
    }
    setErrors({});
    const result = await update({
      input: {
        agentId: picked.id,
        expectedVersion: picked.version,
        territory: territoryWith(
          picked.territory.map((region) => region.code),
          target.code,
        ),
      },
    });
    const userErrors = result.data?.updateAgent.userErrors ?? [];
    if (result.error || userErrors.length > 0) {
      const byField = result.error ? { "": result.error.graphQLErrors[0]?.message ?? t("state.error") } : {};
      const refused = localizedErrors(t, userErrors);
      setErrors({ "": [byField[""], ...Object.values(refused)].filter(Boolean).join(" ") });
      // A refusal may come from a stale version: the list shows the agent as they are now.
      refetch({ requestPolicy: "network-only" });
      return;
    }
    close();
    onAssigned(`${picked.name} (${picked.agentNumber})`);
  };

  return (
    <dialog
      ref={dialog}
      className="assign-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form onSubmit={onSubmit}>
        <h2 id={`${id}-title`}>{t.format("targeting.assign.title", { kecamatan: target.name })}</h2>
        <p id={`${id}-intro`}>{t.format("targeting.assign.intro", { regency: target.regencyName })}</p>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t("targeting.assign.search")}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            autoComplete="off"
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
        </div>
        <p className="result-count" role="status" aria-live="polite">
          {data &&
            (data.agents.totalCount > agents.length
              ? t.format("targeting.prospects.firstAgents", {
                  shown: t.number(agents.length),
                  total: t.number(data.agents.totalCount),
                })
              : t.format("targeting.assign.found", { count: t.number(data.agents.totalCount) }))}
        </p>
        {fetching && !data && <LoadingState />}
        {error && !data && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />}
        {data && agents.length === 0 && <p className="state">{t("targeting.assign.none")}</p>}
        {agents.length > 0 && (
          <fieldset>
            <legend className="visually-hidden">{t("targeting.assign.agents")}</legend>
            {agents.map((agent) => {
              const already = agent.territory.some((region) => region.code === target.code);
              const full = agent.territory.length >= MAX_TERRITORY;
              return (
                <label key={agent.id} className={already ? "agent-option unavailable" : "agent-option"}>
                  <input
                    type="radio"
                    name="agent"
                    value={agent.id}
                    checked={chosen === agent.id}
                    disabled={already}
                    onChange={() => {
                      setChosen(agent.id);
                      setErrors({});
                    }}
                  />
                  <span>
                    {agent.name} <span className="mono">{agent.agentNumber}</span>
                    <br />
                    <small>
                      {agent.office.name} ·{" "}
                      {t.format("targeting.assign.territoryCount", {
                        count: t.number(agent.territory.length),
                        max: MAX_TERRITORY,
                      })}
                      {already && ` · ${t("targeting.assign.already")}`}
                      {!already && full && ` · ${t("targeting.assign.full")}`}
                    </small>
                  </span>
                </label>
              );
            })}
          </fieldset>
        )}
        <FormErrors errors={errors} />
        <div className="dialog-buttons">
          <button type="button" onClick={close}>
            {t("common.cancel")}
          </button>
          <button type="submit" disabled={saving}>
            {saving ? t("targeting.assign.saving") : t("targeting.assign.confirm")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
