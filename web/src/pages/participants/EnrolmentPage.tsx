import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { FormErrors, SelectField, TextField } from "../../components/Field";
import { ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf } from "../../graphql/graphql";
import { useT } from "../../i18n/i18n";
import { ContributionPreview } from "./ContributionPreview";
import {
  EnrolmentPage_Agents,
  EnrolmentPage_Enroll,
  EnrolmentPage_Kecamatan,
  EnrolmentPage_ChosenUmkm,
  EnrolmentPage_Me,
  EnrolmentPage_Quote,
  EnrolmentPage_Umkms,
} from "./EnrolmentPage.graphql";
import { jakartaToday, parseRupiahInput, readNik } from "./participant-format";
import { MANDATORY_PROGRAMS, PROGRAMS, type Program, useProgramName } from "./programs";
import { useDebounced } from "./use-debounced";
import { useLocalizedErrors } from "./user-errors";
import "./participants.css";

type Umkm = ResultOf<typeof EnrolmentPage_Umkms>["umkms"]["nodes"][number];

/** /peserta/baru: enrol a BPU participant, with the monthly contribution shown before anything is saved. */
export function EnrolmentPage() {
  const t = useT();
  const may = useAbilities();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EnrolmentPage_Me });
  const chosenId = useSearchParams()[0].get("umkm");
  const [chosen] = useQuery({
    query: EnrolmentPage_ChosenUmkm,
    variables: { id: chosenId ?? "" },
    pause: !chosenId || !may("enrolParticipants"),
  });

  if (!may("enrolParticipants")) {
    return (
      <>
        <h1>{t("participants.enrol.title")}</h1>
        <p className="state">{t("participants.enrol.notAllowed")}</p>
        <Link to="/peserta">{t("participants.backToList")}</Link>
      </>
    );
  }
  if ((fetching && !data) || (chosenId && chosen.fetching && !chosen.data)) return <LoadingState />;
  if (!data?.me) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  return (
    <EnrolmentForm
      ownAgent={data.me.role === "AGENT" ? data.me.agent : null}
      isAgent={data.me.role === "AGENT"}
      chosenUmkm={chosen.data?.umkm ?? null}
    />
  );
}

type OwnAgent = NonNullable<NonNullable<ResultOf<typeof EnrolmentPage_Me>["me"]>["agent"]>;

function EnrolmentForm({
  ownAgent,
  isAgent,
  chosenUmkm,
}: {
  ownAgent: OwnAgent | null;
  isAgent: boolean;
  chosenUmkm: Umkm | null;
}) {
  const t = useT();
  const navigate = useNavigate();
  const programName = useProgramName();
  const localize = useLocalizedErrors();
  const today = jakartaToday();

  const [umkm, setUmkm] = useState<Umkm | null>(chosenUmkm);
  const [kecamatanCode, setKecamatanCode] = useState(chosenUmkm?.kecamatan.code ?? "");
  const [agentId, setAgentId] = useState(ownAgent?.id ?? "");
  const [nik, setNik] = useState("");
  const [name, setName] = useState(chosenUmkm?.ownerName ?? "");
  const [phone, setPhone] = useState("");
  const [incomeText, setIncomeText] = useState("1000000");
  const [withJht, setWithJht] = useState(false);
  const [registeredOn, setRegisteredOn] = useState(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [{ fetching: saving, error: saveError }, enroll] = useMutation(EnrolmentPage_Enroll);

  const programs: Program[] = PROGRAMS.filter((program) => MANDATORY_PROGRAMS.includes(program) || withJht);
  const income = parseRupiahInput(incomeText);
  // The quote follows the form after a pause in typing: one request per change, not per key.
  const quoteKey = useDebounced(JSON.stringify({ programs, income, onDate: registeredOn || today }), 350);
  const quoteInput = JSON.parse(quoteKey) as { programs: Program[]; income: number | null; onDate: string };
  const [quote] = useQuery({
    query: EnrolmentPage_Quote,
    variables: {
      programs: quoteInput.programs,
      declaredIncome: quoteInput.income ?? 0,
      onDate: quoteInput.onDate,
    },
    pause: quoteInput.income === null,
  });
  const nikReading = nik.length === 16 ? readNik(nik, today) : null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!umkm) missing.umkmId = t("participants.enrol.chooseUmkm");
    if (!agentId) missing.agentId = t("participants.enrol.chooseAgent");
    if (!kecamatanCode) missing.kecamatanCode = t("participants.enrol.chooseKecamatan");
    if (income === null) missing.declaredIncome = t("participants.enrol.incomeRequired");
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    setErrors({});
    const result = await enroll({
      input: {
        nik: nik.trim(),
        name,
        phone: phone.trim() || null,
        declaredIncome: income!,
        programs,
        kecamatanCode,
        umkmId: umkm!.id,
        agentId,
        registeredOn: registeredOn || null,
      },
    });
    const payload = result.data?.enrollParticipant;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setErrors(
        localize(payload.userErrors, { nik: nik.trim(), minimumIncome: quote.data?.contributionQuote?.minimumIncome }),
      );
      return;
    }
    if (payload.participant) navigate(`/peserta/${encodeURIComponent(payload.participant.id)}`);
  };

  return (
    <>
      <nav aria-label={t("participants.breadcrumbs")} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/peserta">{t("participants.list.title")}</Link>
          </li>
          <li aria-current="page">{t("participants.enrol.title")}</li>
        </ol>
      </nav>
      <h1 id="enrolment-title">{t("participants.enrol.title")}</h1>
      <div className="enrolment">
        <form className="enrolment-form" onSubmit={onSubmit} noValidate aria-labelledby="enrolment-title">
          <fieldset>
            <legend>{t("participants.enrol.where")}</legend>
            <UmkmChooser
              umkm={umkm}
              error={errors.umkmId}
              onChoose={(chosen) => {
                setUmkm(chosen);
                setKecamatanCode(chosen?.kecamatan.code ?? "");
              }}
            />
            {umkm && (
              <KecamatanChooser
                regencyCode={umkm.kecamatan.code.slice(0, 5)}
                value={kecamatanCode}
                onChange={setKecamatanCode}
                error={errors.kecamatanCode}
              />
            )}
            {isAgent ? (
              <div className="field">
                <span className="field-label">{t("participants.field.agent")}</span>
                <p className="enrolment-self">
                  {ownAgent
                    ? `${ownAgent.name} (${ownAgent.agentNumber}) — ${ownAgent.office.name}`
                    : t("common.notAvailable")}
                </p>
                {errors.agentId && (
                  <span className="field-error" role="alert">
                    {errors.agentId}
                  </span>
                )}
              </div>
            ) : (
              <AgentChooser agentId={agentId} onChange={setAgentId} error={errors.agentId} />
            )}
          </fieldset>
          <fieldset>
            <legend>{t("participants.enrol.person")}</legend>
            <TextField
              label={t("participants.field.nik")}
              required
              value={nik}
              onChange={(event) => setNik(event.currentTarget.value.replace(/\D/g, "").slice(0, 16))}
              inputMode="numeric"
              autoComplete="off"
              maxLength={16}
              error={errors.nik}
              hint={
                nikReading?.ok ? (
                  <>
                    {t("participants.field.birthDate")}: {t.date(nikReading.birthDate)} · {t("participants.field.sex")}:{" "}
                    {t(`participants.sex.${nikReading.sex}`)}
                  </>
                ) : (
                  t("participants.enrol.nikHint")
                )
              }
            />
            <TextField
              label={t("participants.field.name")}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              autoComplete="off"
              error={errors.name}
            />
            <TextField
              label={t("participants.field.phone")}
              type="tel"
              value={phone}
              onChange={(event) => setPhone(event.currentTarget.value)}
              placeholder="0812-3456-7890"
              error={errors.phone}
            />
          </fieldset>
          <fieldset>
            <legend>{t("participants.enrol.protection")}</legend>
            <fieldset className="programs" aria-describedby={errors.programs ? "programs-error" : undefined}>
              <legend>{t("participants.field.programs")}</legend>
              {PROGRAMS.map((program) => {
                const mandatory = MANDATORY_PROGRAMS.includes(program);
                return (
                  <label key={program} className="checkbox">
                    <input
                      type="checkbox"
                      checked={mandatory || withJht}
                      disabled={mandatory}
                      onChange={(event) => setWithJht(event.currentTarget.checked)}
                    />
                    <span>
                      {program} — {programName(program)}{" "}
                      <small>({mandatory ? t("participants.enrol.mandatory") : t("common.optional")})</small>
                    </span>
                  </label>
                );
              })}
              {errors.programs && (
                <span id="programs-error" className="field-error" role="alert">
                  {errors.programs}
                </span>
              )}
            </fieldset>
            <TextField
              label={t("participants.field.declaredIncome")}
              required
              value={incomeText}
              onChange={(event) => setIncomeText(event.currentTarget.value)}
              inputMode="numeric"
              hint={income !== null ? t.rupiah(income) : t("participants.enrol.incomeHint")}
              error={errors.declaredIncome}
            />
            <TextField
              label={t("participants.field.registeredOn")}
              type="date"
              value={registeredOn}
              max={today}
              onChange={(event) => setRegisteredOn(event.currentTarget.value)}
              error={errors.registeredOn}
            />
          </fieldset>
          <FormErrors errors={errors} />
          {saveError && <ErrorState error={saveError} />}
          <div className="actions">
            <button type="submit" disabled={saving}>
              {saving ? t("participants.saving") : t("participants.enrol.submit")}
            </button>
            <Link to="/peserta">{t("common.cancel")}</Link>
          </div>
        </form>
        <ContributionPreview
          quote={quote.data?.contributionQuote ?? null}
          fetching={quote.fetching || quoteKey !== JSON.stringify({ programs, income, onDate: registeredOn || today })}
          error={quote.error}
          income={income}
        />
      </div>
    </>
  );
}

function UmkmChooser({
  umkm,
  error,
  onChoose,
}: {
  umkm: Umkm | null;
  error?: string;
  onChoose: (umkm: Umkm | null) => void;
}) {
  const t = useT();
  const [search, setSearch] = useState("");
  const settled = useDebounced(search.trim(), 300);
  const [{ data, fetching }] = useQuery({
    query: EnrolmentPage_Umkms,
    variables: { search: settled || null },
  });
  const found = data?.umkms.nodes ?? [];
  // The chosen business stays an option while another search runs.
  const options = umkm && !found.some((candidate) => candidate.id === umkm.id) ? [umkm, ...found] : found;
  return (
    <>
      <TextField
        label={t("participants.enrol.umkmSearch")}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        autoComplete="off"
        placeholder={t("participants.enrol.umkmSearchPlaceholder")}
        hint={
          <span role="status" aria-live="polite">
            {fetching
              ? t("state.loading")
              : data && t.format("participants.enrol.umkmFound", { count: t.number(data.umkms.totalCount) })}
          </span>
        }
      />
      <SelectField
        label={t("participants.field.umkm")}
        required
        value={umkm?.id ?? ""}
        error={error}
        onChange={(event) => {
          const id = event.currentTarget.value;
          onChoose(options.find((candidate) => candidate.id === id) ?? null);
        }}
      >
        <option value="">{t("participants.enrol.choose")}</option>
        {options.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.businessName} — {candidate.ownerName} ({candidate.kecamatan.name})
          </option>
        ))}
      </SelectField>
    </>
  );
}

function KecamatanChooser({
  regencyCode,
  value,
  onChange,
  error,
}: {
  regencyCode: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
}) {
  const t = useT();
  const [{ data }] = useQuery({ query: EnrolmentPage_Kecamatan, variables: { parentCode: regencyCode } });
  const regions = data?.regions.nodes ?? [];
  return (
    <SelectField
      label={t("participants.field.kecamatan")}
      required
      value={value}
      error={error}
      hint={t("participants.enrol.kecamatanHint")}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      {!regions.some((region) => region.code === value) && <option value={value}>{value}</option>}
      {regions.map((region) => (
        <option key={region.code} value={region.code}>
          {region.name} ({region.code})
        </option>
      ))}
    </SelectField>
  );
}

function AgentChooser({
  agentId,
  onChange,
  error,
}: {
  agentId: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState("");
  const settled = useDebounced(search.trim(), 300);
  const [{ data, fetching }] = useQuery({ query: EnrolmentPage_Agents, variables: { search: settled || null } });
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(null);
  const found = (data?.agents.nodes ?? []).map((agent) => ({
    id: agent.id,
    label: `${agent.agentNumber} — ${agent.name} (${agent.office.name})`,
  }));
  const options = chosen && !found.some((agent) => agent.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <>
      <TextField
        label={t("participants.enrol.agentSearch")}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        autoComplete="off"
        placeholder="AP-2171-00001"
        hint={
          <span role="status" aria-live="polite">
            {fetching
              ? t("state.loading")
              : data && t.format("participants.enrol.agentsFound", { count: t.number(data.agents.totalCount) })}
          </span>
        }
      />
      <SelectField
        label={t("participants.field.agent")}
        required
        value={agentId}
        error={error}
        hint={t("participants.enrol.agentHint")}
        onChange={(event) => {
          const id = event.currentTarget.value;
          setChosen(options.find((agent) => agent.id === id) ?? null);
          onChange(id);
        }}
      >
        <option value="">{t("participants.enrol.choose")}</option>
        {options.map((agent) => (
          <option key={agent.id} value={agent.id}>
            {agent.label}
          </option>
        ))}
      </SelectField>
    </>
  );
}
