import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useMutation } from "urql";
import { useAbilities } from "../../auth/permissions";
import { TextField } from "../../components/Field";
import { EmptyState, ErrorState } from "../../components/Status";
import { useT } from "../../i18n/i18n";
import { AppointAgentPage_Appoint } from "./AppointAgentPage.graphql";
import { OfficePicker, TerritoryPicker, type PickedOffice } from "./pickers";
import { localizedErrors, OtherErrors } from "./user-errors";
import "./agents.css";

/** Appoints a person as a candidate agent of an active Kantor Perisai; the API gives the agent number. */
export function AppointAgentPage() {
  const t = useT();
  const may = useAbilities();
  const navigate = useNavigate();
  const [office, setOffice] = useState<PickedOffice | null>(null);
  const [name, setName] = useState("");
  const [nik, setNik] = useState("");
  const [phone, setPhone] = useState("");
  const [territory, setTerritory] = useState<string[]>([]);
  const [appointedOn, setAppointedOn] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ fetching, error }, run] = useMutation(AppointAgentPage_Appoint);

  if (!may("manageAgents")) return <EmptyState message={t("agents.appoint.notAllowed")} />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!office) {
      setErrors({ officeId: t("agents.transfer.officeRequired") });
      return;
    }
    setErrors({});
    const result = await run({
      input: {
        officeId: office.id,
        name: name.trim(),
        nik: nik.trim(),
        phone: phone.trim(),
        territory,
        appointedOn: appointedOn || null,
      },
    });
    const payload = result.data?.appointAgent;
    if (!payload) return;
    if (payload.userErrors.length > 0 || !payload.agent) setErrors(localizedErrors(t, payload.userErrors));
    else navigate(`/agen/${encodeURIComponent(payload.agent.id)}`);
  };

  return (
    <>
      <nav aria-label={t("agent.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/agen">{t("nav.agents")}</Link>
          </li>
          <li aria-current="page">{t("agents.appoint.title")}</li>
        </ol>
      </nav>
      <h1>{t("agents.appoint.title")}</h1>
      <p>{t("agents.appoint.intro")}</p>
      <form className="entity-form" onSubmit={onSubmit} noValidate>
        <OfficePicker
          label={t("agent.office")}
          value={office}
          activeOnly
          error={errors.officeId}
          onChange={(next) => {
            setOffice(next);
            setTerritory([]);
          }}
        />
        <TextField
          label={t("agents.form.name")}
          required
          autoComplete="off"
          value={name}
          error={errors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          label={t("agent.nik")}
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={16}
          value={nik}
          error={errors.nik}
          hint={t("agents.form.nikHint")}
          onChange={(event) => setNik(event.target.value)}
        />
        <TextField
          label={t("agent.phone")}
          required
          type="tel"
          autoComplete="off"
          value={phone}
          error={errors.phone}
          hint={t("agents.form.phoneHint")}
          onChange={(event) => setPhone(event.target.value)}
        />
        <TerritoryPicker
          regionCode={office?.region.code ?? null}
          value={territory}
          onChange={setTerritory}
          error={errors.territory}
        />
        <TextField
          label={t("agent.appointedOn")}
          type="date"
          value={appointedOn}
          error={errors.appointedOn}
          hint={t("agents.form.effectiveOnHint")}
          onChange={(event) => setAppointedOn(event.target.value)}
        />
        <OtherErrors errors={errors} known={["officeId", "name", "nik", "phone", "territory", "appointedOn"]} />
        {error && <ErrorState error={error} />}
        <div className="actions">
          <button type="submit" disabled={fetching}>
            {fetching ? t("agent.saving") : t("agents.appoint.submit")}
          </button>
          <Link to="/agen">{t("common.cancel")}</Link>
        </div>
      </form>
    </>
  );
}
