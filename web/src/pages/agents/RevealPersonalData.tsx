import { useId, useState, type FormEvent } from "react";
import type { CombinedError } from "urql";
import type { UserErrorLike } from "../../components/Field";
import { TextField } from "../../components/Field";
import { ErrorState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { localizedErrors, OtherErrors } from "./user-errors";

export interface RevealOutcome {
  userErrors: readonly UserErrorLike[];
  error?: CombinedError;
}

/**
 * Asks for a reason, then shows masked personal data (NIK, phone) in clear; the API records who asked and why
 * in the audit trail. Used for agents and UMKM owners.
 */
export function RevealPersonalData({
  label,
  reveal,
}: {
  label: string;
  /** Sends the reason; the owner shows the values on success. */
  reveal: (reason: string) => Promise<RevealOutcome | null>;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [fetching, setFetching] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ reason: t("agent.reasonRequired") });
      return;
    }
    setErrors({});
    setFetching(true);
    const outcome = await reveal(reason.trim());
    setFetching(false);
    setError(outcome?.error);
    if (outcome && outcome.userErrors.length > 0) setErrors(localizedErrors(t, outcome.userErrors));
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="reveal">
      <h2 id={`${id}-heading`} className="visually-hidden">
        {label}
      </h2>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <form className="action-form" onSubmit={onSubmit} noValidate>
          <p className="field-hint">{t("agents.reveal.audited")}</p>
          <TextField
            label={t("agents.reveal.reason")}
            required
            value={reason}
            error={errors.reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <OtherErrors errors={errors} known={["reason"]} />
          {error && <ErrorState error={error} />}
          <div className="actions">
            <button type="submit" disabled={fetching}>
              {fetching ? t("agent.saving") : t("agents.reveal.submit")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
