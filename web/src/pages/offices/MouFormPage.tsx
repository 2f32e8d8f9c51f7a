import { useId, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useAbilities } from "../../auth/permissions";
import { FormErrors, TextField } from "../../components/Field";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import type { ResultOf, VariablesOf } from "../../graphql/graphql";
import { useT, type MessageKey } from "../../i18n/i18n";
import { MouFormPage_Create, MouFormPage_Mou, MouFormPage_Update } from "./MouFormPage.graphql";
import { BpjsOfficePicker, ChapterPicker } from "./pickers";
import { isStale, localizedErrors } from "./user-errors";
import "./offices.css";

type MouRecord = NonNullable<ResultOf<typeof MouFormPage_Mou>["mou"]>;
type UpdateInput = VariablesOf<typeof MouFormPage_Update>["input"];

const TEXTS = [
  "number",
  "title",
  "place",
  "bpjsSignatory",
  "bpjsSignatoryTitle",
  "okoceSignatory",
  "okoceSignatoryTitle",
] as const;

interface Values {
  number: string;
  title: string;
  place: string;
  bpjsSignatory: string;
  bpjsSignatoryTitle: string;
  okoceSignatory: string;
  okoceSignatoryTitle: string;
  scope: string;
  bpjsOfficeId: string;
  chapterId: string;
  signedOn: string;
  validFrom: string;
  validUntil: string;
  umkmTarget: string;
}

const EMPTY: Values = {
  number: "",
  title: "",
  place: "",
  bpjsSignatory: "",
  bpjsSignatoryTitle: "",
  okoceSignatory: "",
  okoceSignatoryTitle: "",
  scope: "",
  bpjsOfficeId: "",
  chapterId: "",
  signedOn: "",
  validFrom: "",
  validUntil: "",
  umkmTarget: "",
};

function valuesOf(mou: MouRecord): Values {
  return {
    number: mou.number,
    title: mou.title,
    place: mou.place,
    bpjsSignatory: mou.bpjsSignatory,
    bpjsSignatoryTitle: mou.bpjsSignatoryTitle,
    okoceSignatory: mou.okoceSignatory,
    okoceSignatoryTitle: mou.okoceSignatoryTitle,
    scope: mou.scope,
    bpjsOfficeId: mou.bpjsOffice.id,
    chapterId: mou.chapter.id,
    signedOn: mou.signedOn,
    validFrom: mou.validFrom,
    validUntil: mou.validUntil ?? "",
    umkmTarget: String(mou.umkmTarget),
  };
}

/** /mou/baru and /mou/:id/ubah, for national coordinators. */
export function MouFormPage({ mode }: { mode: "create" | "edit" }) {
  const t = useT();
  const may = useAbilities();
  const { id = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MouFormPage_Mou,
    variables: { id },
    pause: mode === "create",
    requestPolicy: "cache-and-network",
  });
  const [reloads, setReloads] = useState(0);
  const title = mode === "edit" ? t("offices.mou.editTitle") : t("offices.mou.createTitle");
  if (!may("manageMous"))
    return (
      <>
        <h1>{title}</h1>
        <EmptyState message={t("offices.form.notAllowed")} />
        <Link to="/mou">{t("offices.mou.backToList")}</Link>
      </>
    );
  if (mode === "edit" && fetching && !data) return <LoadingState />;
  if (mode === "edit" && error && !data)
    return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const mou = data?.mou ?? null;
  if (mode === "edit" && !mou)
    return (
      <>
        <h1>{title}</h1>
        <EmptyState message={t("offices.mou.notFound")} />
        <Link to="/mou">{t("offices.mou.backToList")}</Link>
      </>
    );
  return (
    <>
      <h1>{mode === "edit" && mou ? `${title}: ${mou.number}` : title}</h1>
      <MouForm
        key={`${mou?.id}:${mou?.version}:${reloads}`}
        mou={mou}
        onReload={() => {
          refetch({ requestPolicy: "network-only" });
          setReloads((value) => value + 1);
        }}
      />
    </>
  );
}

function MouForm({ mou, onReload }: { mou: MouRecord | null; onReload: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(mou ? valuesOf(mou) : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stale, setStale] = useState(false);
  const [created, create] = useMutation(MouFormPage_Create);
  const [updated, update] = useMutation(MouFormPage_Update);
  const saving = created.fetching || updated.fetching;
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStale(false);
    const local: Record<string, string> = {};
    const target = Number(values.umkmTarget);
    if (values.umkmTarget.trim() === "" || !Number.isInteger(target)) local.umkmTarget = t("offices.error.wholeNumber");
    for (const key of ["signedOn", "validFrom", "bpjsOfficeId", "chapterId"] as const)
      if (!values[key]) local[key] = t("offices.error.REQUIRED");
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    const fields = {
      ...Object.fromEntries(TEXTS.map((key) => [key, values[key]])),
      scope: values.scope,
      bpjsOfficeId: values.bpjsOfficeId,
      chapterId: values.chapterId,
      signedOn: values.signedOn,
      validFrom: values.validFrom,
      validUntil: values.validUntil || null,
      umkmTarget: target,
    } as Record<(typeof TEXTS)[number], string> & {
      scope: string;
      bpjsOfficeId: string;
      chapterId: string;
      signedOn: string;
      validFrom: string;
      validUntil: string | null;
      umkmTarget: number;
    };
    let saved: { id: string } | null | undefined;
    let userErrors;
    if (!mou) {
      const result = await create({ input: fields });
      saved = result.data?.createMou.mou;
      userErrors = result.data?.createMou.userErrors;
    } else {
      const before = valuesOf(mou);
      const input: UpdateInput = { id: mou.id, expectedVersion: mou.version };
      for (const key of Object.keys(fields) as (keyof typeof fields)[])
        if (values[key] !== before[key]) Object.assign(input, { [key]: fields[key] });
      const result = await update({ input });
      saved = result.data?.updateMou.mou;
      userErrors = result.data?.updateMou.userErrors;
    }
    if (saved) {
      navigate(`/mou/${encodeURIComponent(saved.id)}`, { state: { saved: true } });
      return;
    }
    if (isStale(userErrors)) setStale(true);
    setErrors(userErrors ? localizedErrors(userErrors, t) : { "": t("state.error") });
  };

  const text = (key: (typeof TEXTS)[number], label: MessageKey, extra?: { hint?: string }) => (
    <TextField
      label={t(label)}
      required
      value={values[key]}
      onChange={(event) => set(key)(event.target.value)}
      error={errors[key]}
      {...extra}
    />
  );

  return (
    <form className="office-form" onSubmit={onSubmit} noValidate>
      <p className="field-hint">{t("offices.form.requiredHint")}</p>
      {stale && (
        <div className="stale" role="alert">
          <p>{t("offices.mou.stale")}</p>
          <button type="button" onClick={onReload}>
            {t("offices.form.reload")}
          </button>
        </div>
      )}
      <fieldset>
        <legend>{t("offices.mou.agreement")}</legend>
        {text("number", "offices.mou.number", { hint: "001/MOU/BPJSTK-OKOCE/VII/2020" })}
        {text("title", "offices.mou.title")}
        <TextArea label={t("offices.mou.scope")} value={values.scope} onChange={set("scope")} error={errors.scope} />
        <TextField
          label={t("offices.mou.signedOn")}
          required
          type="date"
          value={values.signedOn}
          onChange={(event) => set("signedOn")(event.target.value)}
          error={errors.signedOn}
        />
        {text("place", "offices.mou.place")}
        <TextField
          label={t("offices.mou.validFrom")}
          required
          type="date"
          value={values.validFrom}
          onChange={(event) => set("validFrom")(event.target.value)}
          error={errors.validFrom}
        />
        <TextField
          label={t("offices.mou.validUntil")}
          type="date"
          value={values.validUntil}
          onChange={(event) => set("validUntil")(event.target.value)}
          error={errors.validUntil}
          hint={t("offices.mou.validUntilHint")}
        />
        <TextField
          label={t("offices.mou.umkmTarget")}
          required
          type="number"
          inputMode="numeric"
          value={values.umkmTarget}
          onChange={(event) => set("umkmTarget")(event.target.value)}
          error={errors.umkmTarget}
        />
      </fieldset>
      <fieldset>
        <legend>{t("offices.mou.bpjsParty")}</legend>
        <BpjsOfficePicker
          label={t("offices.mou.bpjsOffice")}
          value={values.bpjsOfficeId}
          onChange={set("bpjsOfficeId")}
          error={errors.bpjsOfficeId}
          required
          current={mou ? { value: mou.bpjsOffice.id, label: mou.bpjsOffice.name } : null}
        />
        {text("bpjsSignatory", "offices.mou.bpjsSignatory")}
        {text("bpjsSignatoryTitle", "offices.mou.bpjsSignatoryTitle")}
      </fieldset>
      <fieldset>
        <legend>{t("offices.mou.okoceParty")}</legend>
        <ChapterPicker
          label={t("offices.mou.chapter")}
          value={values.chapterId}
          onChange={set("chapterId")}
          error={errors.chapterId}
          required
          current={mou ? { value: mou.chapter.id, label: mou.chapter.name } : null}
        />
        {text("okoceSignatory", "offices.mou.okoceSignatory")}
        {text("okoceSignatoryTitle", "offices.mou.okoceSignatoryTitle")}
      </fieldset>
      <FormErrors errors={errors} />
      {Object.keys(errors).length > 0 && !stale && (
        <p className="form-error" role="alert">
          {t("offices.form.notSaved")}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? t("offices.form.saving") : mou ? t("offices.form.save") : t("offices.mou.createSubmit")}
        </button>
        <Link to={mou ? `/mou/${encodeURIComponent(mou.id)}` : "/mou"}>{t("common.cancel")}</Link>
      </div>
    </form>
  );
}

function TextArea({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
